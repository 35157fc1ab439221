#pragma once
// Reading a recipe written in Cooklang (cooklang.org, "The .cook Recipe Specification"):
//   ingredients  @salt  @ground black pepper{}  @potato{2}  @milk{1/2%cup}(warm)
//                with the modifiers @? (optional), @- (hidden), @& (more of one named
//                before) and @+ (a new one);
//   cookware     #pan  #large pot{}  #ramekins{4}
//   timers       ~{10%min}  ~rest{1%hour}
//   comments     -- to the end of the line, [- a block, over lines if need be -]
//   metadata     >> servings: 4   and a YAML front matter between two "---" lines
//                (its "key: value" lines; nested YAML is kept as text)
//   sections     = Dough  or  == Dough ==;  notes  > a line for the cook
//   steps        paragraphs of text, ended by a blank line.
// Beyond the grammar, what a nutrient plan needs: a quantity must be a number ("2",
// "1.5", "1/2", "1 1/2"); a word ("a pinch") or a range ("2-3") is refused, as are an
// unclosed brace or block comment, a repeated metadata key, text that is not UTF-8, a
// line over 10,000 bytes, a step over 200 lines and a file over 1 MB. Every problem is
// "FILE:LINE", all of them.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/problems.hpp"

namespace mealplan {

/// One ingredient as written.
struct CookIngredient {
    std::string name;              ///< "red lentils", as written (blanks trimmed)
    std::optional<double> amount;  ///< nullopt: no quantity ("to taste")
    std::string unit;              ///< "" when none ("2" eggs); as written: "cup", "g"
    std::string note;              ///< the preparation in parentheses: "diced"
    bool optional = false;         ///< @?
    bool hidden = false;           ///< @-
    bool adds_to_earlier = false;  ///< @&: more of an ingredient named before
    int line = 0;                  ///< 1-based line of the "@"
};

/// A timer: "~rest{1%hour}".
struct CookTimer {
    std::string name;  ///< may be empty
    std::optional<double> amount;
    std::string unit;
    int line = 0;
};

/// A step: its text with the markup reduced to names ("Add the salt and boil").
struct CookStep {
    std::string section;  ///< the section it is in, "" before any
    std::string text;
    int line = 0;  ///< its first line
};

struct CookRecipe {
    /// Metadata from ">> key: value" lines and the front matter, keys lower-cased.
    std::map<std::string, std::string> metadata;
    std::map<std::string, int> metadata_lines;  ///< the line of each key
    std::vector<CookIngredient> ingredients;    ///< in the order written
    std::vector<std::string> cookware;
    std::vector<CookTimer> timers;
    std::vector<CookStep> steps;
    std::vector<std::string> notes;  ///< "> …" lines
};

/// Parses `text`; problems are named "`file_label`:LINE".
Result<CookRecipe> parse_cooklang(std::string_view text, std::string_view file_label);

/// Reads the quantity text of a component: a number, a fraction or a whole number and a
/// fraction ("1 1/2"); nullopt for anything else.
std::optional<double> parse_cook_quantity(std::string_view text);

}  // namespace mealplan
