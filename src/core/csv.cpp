#include "core/csv.hpp"

#include <algorithm>

namespace mealplan {
namespace {

std::string place(std::string_view file_label, std::size_t line) {
    return std::string(file_label) + ":" + std::to_string(line);
}

bool ends_row(std::string_view text, std::size_t at) {
    return at >= text.size() || text[at] == ',' || text[at] == '\n' ||
           (text[at] == '\r' && (at + 1 == text.size() || text[at + 1] == '\n'));
}

}  // namespace

Result<std::vector<CsvRow>> parse_csv(std::string_view text, std::string_view file_label) {
    std::vector<CsvRow> rows;
    Problems problems;
    std::size_t line = 1;
    std::size_t at = 0;
    // A byte-order mark from a spreadsheet export is not part of the first field.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") at = 3;
    while (at < text.size()) {
        CsvRow row;
        row.line = line;
        std::string field;
        bool row_done = false;
        bool row_failed = false;
        while (!row_done) {
            if (at < text.size() && text[at] == '"') {
                ++at;
                bool closed = false;
                while (at < text.size()) {
                    const char c = text[at++];
                    if (c == '"') {
                        if (at < text.size() && text[at] == '"') {
                            field += '"';
                            ++at;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        if (c == '\n') ++line;
                        field += c;
                    }
                }
                if (!closed) {
                    problems.push_back(
                        {place(file_label, row.line), "a quoted field is never closed"});
                    return problems;
                }
                if (!ends_row(text, at)) {
                    problems.push_back({place(file_label, line),
                                        "text after a closing quote; write a quote inside a "
                                        "quoted field as \"\""});
                    row_failed = true;
                    while (at < text.size() && text[at] != '\n') ++at;
                }
            } else {
                // A lone CR inside an unquoted field is kept; CRLF ends the row.
                while (!ends_row(text, at)) field += text[at++];
            }
            row.fields.push_back(std::move(field));
            field.clear();
            if (at < text.size() && text[at] == ',') {
                ++at;
                continue;
            }
            if (at < text.size() && text[at] == '\r') ++at;
            if (at < text.size() && text[at] == '\n') ++at;
            ++line;
            row_done = true;
        }
        const bool blank = row.fields.size() == 1 && row.fields[0].empty();
        if (!blank && !row_failed) rows.push_back(std::move(row));
    }
    if (!problems.empty()) return problems;
    return rows;
}

const std::string& CsvNamedRow::operator[](std::string_view column) const {
    static const std::string kNone;
    const auto found = fields.find(column);
    return found == fields.end() ? kNone : found->second;
}

Result<std::vector<CsvNamedRow>> parse_csv_with_header(
    std::string_view text, std::string_view file_label,
    std::initializer_list<std::string_view> required_columns) {
    auto rows = parse_csv(text, file_label);
    if (!rows) return std::move(rows).problems();
    if (rows->empty()) return Problem{std::string(file_label), "empty file"};
    const std::vector<std::string>& header = rows->front().fields;
    Problems problems;
    for (const std::string_view column : required_columns) {
        if (std::find(header.begin(), header.end(), column) == header.end()) {
            problems.push_back(
                {place(file_label, rows->front().line), "missing column " + std::string(column)});
        }
    }
    std::vector<CsvNamedRow> named;
    for (std::size_t r = 1; r < rows->size(); ++r) {
        const CsvRow& row = (*rows)[r];
        if (row.fields.size() != header.size()) {
            problems.push_back({place(file_label, row.line),
                                "has " + std::to_string(row.fields.size()) +
                                    " fields, the header " + std::to_string(header.size())});
            continue;
        }
        CsvNamedRow entry;
        entry.line = row.line;
        for (std::size_t c = 0; c < header.size(); ++c) entry.fields[header[c]] = row.fields[c];
        named.push_back(std::move(entry));
    }
    if (!problems.empty()) return problems;
    return named;
}

std::string csv_field(std::string_view text) {
    const bool needs_quotes = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                              (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!needs_quotes) return std::string(text);
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

}  // namespace mealplan
