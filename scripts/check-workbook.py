#!/usr/bin/env python3
"""Reads planpipe's Excel workbook back with openpyxl and compares every cell with the CSV.

Usage: scripts/check-workbook.py OUT_DIR
Checks OUT_DIR/planpipe.xlsx against OUT_DIR/csv/*.csv (types from csv/datapackage.json): the
sheets ("Om", then one per table, in the data package's order), every header and cell (an empty
CSV field is an empty cell, a string is a string cell and never a formula, integers and numbers
are numbers, amounts carry the thousands format, dates are dates), the bold frozen header row and
the filter over the whole table; and that "Om" names the manifest's pipeline version and every
document's source with its sha256. Exits 1 and lists the first differences when any is found.
"""
import csv
import datetime
import glob
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter

AMOUNT_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"


def expected_cell(field, kind, column):
    """The value openpyxl should read for a CSV field, and the number format it should carry."""
    if field == "":
        return None, None
    if kind == "integer":
        return int(field), AMOUNT_FORMAT if column.endswith("_sek") else "General"
    if kind == "number":
        return float(field), "General"
    if kind == "date":
        return datetime.datetime.fromisoformat(field), DATE_FORMAT
    return field, "General"


def check_table(sheet, resource, folder, problems):
    fields = resource["schema"]["fields"]
    with open(f"{folder}/{resource['path']}", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = 0
    if sheet.max_row != max(len(rows), 1):
        problems.append(f"{sheet.title}: {sheet.max_row} rows, the CSV has {len(rows)}")
    if sheet.freeze_panes != "A2":
        problems.append(f"{sheet.title}: header row not frozen ({sheet.freeze_panes})")
    filter_range = f"A1:{get_column_letter(len(fields))}{len(rows)}"
    if sheet.auto_filter.ref != filter_range:
        problems.append(f"{sheet.title}: filter {sheet.auto_filter.ref}, expected {filter_range}")
    for row_number, row in enumerate(rows, start=1):
        for column_number, field in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column_number)
            where = f"{sheet.title}!{cell.coordinate}"
            cells += 1
            if row_number == 1:
                if cell.value != field or not cell.font.b:
                    problems.append(f"{where}: header {cell.value!r} (bold {cell.font.b}), expected {field!r} in bold")
                continue
            spec = fields[column_number - 1]
            value, number_format = expected_cell(field, spec["type"], spec["name"])
            if cell.data_type == "f":
                problems.append(f"{where}: a formula, {cell.value!r}")
            elif value is None:
                if cell.value is not None:
                    problems.append(f"{where}: {cell.value!r}, expected an empty cell")
            elif isinstance(value, str):
                if cell.data_type != "s" or cell.value != value:
                    problems.append(f"{where}: {cell.value!r} ({cell.data_type}), expected the text {value!r}")
            elif cell.value != value or isinstance(cell.value, str):
                problems.append(f"{where}: {cell.value!r}, expected {value!r}")
            elif cell.number_format != number_format:
                problems.append(f"{where}: format {cell.number_format!r}, expected {number_format!r}")
    return cells


def check_about(sheet, out, problems):
    values = [[cell for cell in row if cell is not None] for row in sheet.iter_rows(values_only=True)]
    with open(f"{out}/manifest.json", encoding="utf-8") as handle:
        version = json.load(handle)["pipeline_version"]
    if ["Skapad av", f"planpipe {version}"] not in values:
        problems.append(f"Om: does not name planpipe {version}")
    for path in sorted(glob.glob(f"{out}/documents/*.json")):
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)["document"]
        source = document["source"]
        if not any(row[:1] == [document["id"]] and source["sha256"] in row and source["path"] in row for row in values):
            problems.append(f"Om: no row names {document['id']} with {source['path']} and its sha256")


def main(out):
    with open(f"{out}/csv/datapackage.json", encoding="utf-8") as handle:
        resources = json.load(handle)["resources"]
    workbook = openpyxl.load_workbook(f"{out}/planpipe.xlsx")
    problems = []
    names = {resource["path"]: resource["path"].removesuffix(".csv") for resource in resources}
    expected_sheets = ["Om"] + list(names.values())
    if workbook.sheetnames != expected_sheets:
        problems.append(f"sheets {workbook.sheetnames}, expected {expected_sheets}")
    check_about(workbook["Om"], out, problems)
    cells = sum(check_table(workbook[names[resource["path"]]], resource, f"{out}/csv", problems)
                for resource in resources if names[resource["path"]] in workbook.sheetnames)
    for problem in problems[:20]:
        print(f"check-workbook: {problem}", file=sys.stderr)
    if problems:
        print(f"check-workbook: {len(problems)} differences", file=sys.stderr)
        return 1
    print(f"check-workbook: {cells} cells in {len(resources)} sheets match the CSV")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
