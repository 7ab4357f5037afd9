/// The version of planpipe's output, the one place it is defined: the manifest records it (an
/// input is processed again when it changes), `planpipe --version` prints it and the workbook's
/// "Om" sheet names it. Bump it with every change that changes any output (the reference JSON
/// tests show when that happens).
public enum PipelineVersion {
    public static let current = "0.6.1"
}
