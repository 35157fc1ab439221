// Fuzzes the DRI table reader (data/dri.json); an accepted table must survive a round trip
// through the writer whole: it reads back as the same table.
#include "dri/dri_table.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    const auto parsed = parse_dri(fuzz::as_text(data, size), "dri.json");
    if (!parsed.ok()) return 0;
    const auto again = parse_dri(dri_to_json(*parsed), "rewritten.json");
    if (!again.ok()) fuzz::broken_promise("a written DRI table does not read back");
    if (!(*again == *parsed)) fuzz::broken_promise("a written DRI table reads back as another");
    return 0;
}
