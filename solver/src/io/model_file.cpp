#include "solver/model_file.hpp"

#include <algorithm>
#include <cctype>

#include "io/text_file.hpp"
#include "solver/lp_format.hpp"
#include "solver/mps.hpp"

namespace mealplan::solver {
namespace {

bool ends_with(const std::string& text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::optional<ModelFileFormat> parse_model_file_format(std::string_view name) {
    if (name == "mps") return ModelFileFormat::Mps;
    if (name == "fixed-mps") return ModelFileFormat::FixedMps;
    if (name == "free-mps") return ModelFileFormat::FreeMps;
    if (name == "lp") return ModelFileFormat::Lp;
    return std::nullopt;
}

std::optional<ModelFileFormat> format_from_file_name(const std::string& path) {
    std::string name = path;
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ends_with(name, ".gz")) name.resize(name.size() - 3);
    if (ends_with(name, ".mps")) return ModelFileFormat::Mps;
    if (ends_with(name, ".lp")) return ModelFileFormat::Lp;
    return std::nullopt;
}

ModelReading read_model_file(const std::string& path, ModelFileFormat format) {
    FileText file = read_model_text(path);
    if (!file.text) return unreadable(file);
    switch (format) {
        case ModelFileFormat::Lp:
            return parse_lp(*file.text, path);
        case ModelFileFormat::FixedMps:
            return parse_mps(*file.text, path, MpsFormat::Fixed);
        case ModelFileFormat::FreeMps:
            return parse_mps(*file.text, path, MpsFormat::Free);
        case ModelFileFormat::Mps:
            break;
    }
    // Fixed format first: it is the original MPS and reads names with spaces; a free-format
    // file almost never reads as fixed without errors, since its fields miss the columns.
    ModelReading fixed_reading = parse_mps(*file.text, path, MpsFormat::Fixed);
    if (fixed_reading.ok()) return fixed_reading;
    ModelReading free_reading = parse_mps(*file.text, path, MpsFormat::Free);
    if (free_reading.ok() || free_reading.errors.size() <= fixed_reading.errors.size()) {
        return free_reading;
    }
    return fixed_reading;
}

}  // namespace mealplan::solver
