#include "core/html.hpp"

#include <fmt/format.h>

namespace mealplan {
namespace {

/// What every page shares: its colours, type and margins, on screen, on a phone and on paper.
constexpr std::string_view kBaseStyle = R"css(
:root { --ink: #1d2329; --muted: #5b6670; --line: #d5dbe0; --ok: #2f7d4f; --short: #c27c0e;
        --over: #b3261e; --bar: #4a78a8; --paper: #ffffff; --band: #f3f5f7; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; color: var(--ink);
       background: var(--paper); font: 15px/1.4 system-ui, sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
p { margin: .25rem 0; }
@page { margin: 10mm; }
@media (max-width: 40rem) { body { padding: .5rem; font-size: 14px; } }
@media print { body { max-width: none; padding: 0; font-size: 8.5pt; } h2 { margin-top: 0; } }
)css";

}  // namespace

std::string html_escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string html_page(std::string_view title, std::string_view style, std::string_view body,
                      std::string_view script) {
    std::string page = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n{}",
        html_escaped(title), kBaseStyle, style, body);
    if (!script.empty()) page += fmt::format("<script>{}</script>\n", script);
    return page + "</body>\n</html>\n";
}

}  // namespace mealplan
