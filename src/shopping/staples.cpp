#include "shopping/staples.hpp"

#include <algorithm>

#include "core/files.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"
#include "shopping/food_reference.hpp"

namespace mealplan {
namespace {

/// The item `reference` names: an item id or name, else the item a catalogue food is
/// bought as; nullptr when it names neither.
const PurchasedItem* named_item(const std::string& reference, const Purchases& purchases,
                                const Catalogue& catalogue) {
    const auto by_name = std::find_if(
        purchases.items.begin(), purchases.items.end(), [&](const PurchasedItem& item) {
            return item.id == reference || equal_ignoring_case(item.name, reference);
        });
    if (by_name != purchases.items.end()) return &*by_name;
    auto food = find_food(catalogue, reference);
    if (!food) return nullptr;
    const auto link = purchases.foods.find((*food)->id);
    return link == purchases.foods.end() ? nullptr : &purchases.items[link->second.item];
}

}  // namespace

Result<std::set<std::string>> parse_staples(std::string_view text, std::string_view file_label,
                                            const Purchases& purchases,
                                            const Catalogue& catalogue) {
    const std::string label(file_label);
    std::set<std::string> staples;
    Problems problems;
    int lines = 0;
    std::size_t start = 0;
    for (int line_number = 1; start <= text.size(); ++line_number) {
        const auto end = std::min(text.find('\n', start), text.size());
        const auto line = trimmed(text.substr(start, end - start));
        start = end + 1;
        if (line.empty() || line.front() == '#') continue;
        const std::string where = label + ":" + std::to_string(line_number);
        ++lines;
        if (equal_ignoring_case(line, "none")) continue;
        if (!is_valid_utf8(line)) {
            problems.push_back({where, "an item must be named in UTF-8 text"});
            continue;
        }
        if (const PurchasedItem* item = named_item(line, purchases, catalogue)) {
            staples.insert(item->id);
        } else {
            problems.push_back({where, "\"" + line.substr(0, 80) +
                                           "\" is neither a purchased item (by id or name) nor "
                                           "a catalogue food"});
        }
    }
    if (!problems.empty()) return problems;
    if (lines == 0) {
        return Problem{label, "lists no items; write the line \"none\" to buy everything"};
    }
    return staples;
}

Result<std::set<std::string>> load_staples(const std::filesystem::path& path,
                                           const Purchases& purchases, const Catalogue& catalogue) {
    constexpr std::size_t kMaxStaplesFileBytes = std::size_t{1} << 20;
    auto text = read_file(path, kMaxStaplesFileBytes);
    if (!text) return std::move(text).problems();
    return parse_staples(*text, path.string(), purchases, catalogue);
}

}  // namespace mealplan
