// Fuzzes the catalogue reader (data/foods.json); an accepted catalogue must survive a
// round trip through the writer.
#include "catalogue/catalogue.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    const auto parsed = parse_catalogue(fuzz::as_text(data, size), "foods.json");
    if (parsed.ok()) {
        const auto again = parse_catalogue(catalogue_to_json(*parsed), "rewritten.json");
        if (!again.ok()) fuzz::broken_promise("a written catalogue does not read back");
        if (again->foods.size() != parsed->foods.size()) {
            fuzz::broken_promise("a written catalogue reads back with another food count");
        }
    }
    return 0;
}
