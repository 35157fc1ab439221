// Fuzzes the USDA SR28 reader: the input becomes one of the five files (chosen by its
// first byte) beside small valid others, so every file's parser is reached.
#include "fuzz_support.hpp"
#include "usda/sr28.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    if (size == 0) return 0;
    usda::Sr28Files files;
    files.fd_group = "~1100~^~Vegetables and Vegetable Products~\r\n";
    files.nutr_def = "~304~^~mg~^~MG~^~Magnesium, Mg~^~0~^~6300~\r\n";
    files.food_des =
        "~11457~^~1100~^~Spinach, raw~^~SPINACH,RAW~^^^~Y~^~Large stems and roots~^28^"
        "~Spinacia oleracea~^6.25^2.44^8.37^3.57\r\n";
    files.nut_data = "~11457~^~304~^79^1^^~1~^~A~^^^^^^^^^^^\r\n";
    files.weight = "~11457~^1^1^~cup~^30^^\r\n";
    const std::string content(fuzz::as_text(data + 1, size - 1));
    switch (data[0] % 5) {
        case 0:
            files.food_des = content;
            break;
        case 1:
            files.fd_group = content;
            break;
        case 2:
            files.nut_data = content;
            break;
        case 3:
            files.nutr_def = content;
            break;
        default:
            files.weight = content;
            break;
    }
    (void)usda::parse_sr28(files);
    return 0;
}
