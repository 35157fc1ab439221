// Fuzzes the catalogue reader (data/foods.json); an accepted catalogue must survive a
// round trip through the writer whole: written again, it gives the same bytes.
#include "catalogue/catalogue.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    const auto parsed = parse_catalogue(fuzz::as_text(data, size), "foods.json");
    if (parsed.ok()) {
        const auto again = parse_catalogue(catalogue_to_json(*parsed), "rewritten.json");
        if (!again.ok()) fuzz::broken_promise("a written catalogue does not read back");
        if (catalogue_to_json(*again) != catalogue_to_json(*parsed)) {
            fuzz::broken_promise("a written catalogue reads back as another catalogue");
        }
    }
    return 0;
}
