#include "shopping/csv.hpp"

namespace mealplan {

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
                    problems.push_back({std::string(file_label) + ":" + std::to_string(row.line),
                                        "a quoted field is never closed"});
                    return problems;
                }
                if (at < text.size() && text[at] != ',' && text[at] != '\n' &&
                    !(text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n') &&
                    !(text[at] == '\r' && at + 1 == text.size())) {
                    problems.push_back({std::string(file_label) + ":" + std::to_string(line),
                                        "text after a closing quote; write a quote inside a "
                                        "quoted field as \"\""});
                    row_failed = true;
                    while (at < text.size() && text[at] != '\n') ++at;
                }
            } else {
                while (at < text.size() && text[at] != ',' && text[at] != '\n' &&
                       text[at] != '\r') {
                    field += text[at++];
                }
                // A lone CR inside an unquoted field is kept; CRLF ends the row.
                while (at < text.size() && text[at] == '\r' &&
                       !(at + 1 == text.size() || text[at + 1] == '\n')) {
                    field += text[at++];
                    while (at < text.size() && text[at] != ',' && text[at] != '\n' &&
                           text[at] != '\r') {
                        field += text[at++];
                    }
                }
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
