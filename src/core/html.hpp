#pragma once
// The pieces every HTML output shares: text made safe, and the one self-contained page
// (inline style and script, nothing fetched) that a section or a whole report goes in.

#include <string>
#include <string_view>

namespace mealplan {

/// `text` safe in HTML text and in quoted attribute values (& < > " ' escaped).
std::string html_escaped(std::string_view text);

/// A whole page: doctype, UTF-8, a viewport for phones, `title` (escaped here), the
/// shared style (colours as CSS variables, type, page margins for print) and `style`
/// inline, then `body` as given and `script` (empty: none) at its end.
std::string html_page(std::string_view title, std::string_view style, std::string_view body,
                      std::string_view script);

}  // namespace mealplan
