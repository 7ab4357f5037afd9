import Foundation

/// The JSON Schema (draft 2020-12) of the document output, shipped as `Resources/plan.schema.json`
/// and printed by `planpipe schema`; `make test` validates every seed output against it.
public enum PlanSchema {
    /// The schema's bytes, as shipped.
    public static func data() throws(OutputError) -> Data {
        guard let url = Bundle.module.url(forResource: "plan.schema", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url)
        else { throw .cannotWrite(path: "plan.schema.json", reason: "planpipe's schema file is missing; reinstall planpipe") }
        return data
    }
}
