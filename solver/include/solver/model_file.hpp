#pragma once
// Reading a model file whose format is named or guessed from its name.

#include <optional>
#include <string>
#include <string_view>

#include "solver/model_reading.hpp"

namespace mealplan::solver {

enum class ModelFileFormat {
    Mps,  ///< MPS, fixed or free (see read_model_file)
    FixedMps,
    FreeMps,
    Lp,
};

/// The format named by "mps", "fixed-mps", "free-mps" or "lp"; nullopt for anything else.
std::optional<ModelFileFormat> parse_model_file_format(std::string_view name);

/// The format implied by the file name: ".mps" or ".mps.gz" → Mps, ".lp" or ".lp.gz" → Lp
/// (case-insensitive); nullopt when the name says nothing.
std::optional<ModelFileFormat> format_from_file_name(const std::string& path);

/// Reads a model file. For Mps, fixed format is tried first and free format when fixed
/// fails; if both fail, the problems of the reading that found fewer are reported.
ModelReading read_model_file(const std::string& path, ModelFileFormat format);

}  // namespace mealplan::solver
