#pragma once
// Comparing two models field by field, for the round trips of the file formats: the MPS
// and LP tests (EXPECT_EQ(model_difference(a, b), "")) and the fuzz targets, which use no
// GoogleTest.

#include <string>

#include "solver/model.hpp"

namespace mealplan::solver::testing {

/// Empty when `actual` equals `expected` exactly (sense, offset, every variable and row,
/// names included unless `compare_names` is false); otherwise the first difference.
inline std::string model_difference(const Model& expected, const Model& actual,
                                    bool compare_names = true) {
    if (expected.sense != actual.sense) return "sense differs";
    if (expected.objective_offset != actual.objective_offset) {
        return "offset " + std::to_string(expected.objective_offset) + " vs " +
               std::to_string(actual.objective_offset);
    }
    if (expected.variable_count() != actual.variable_count()) {
        return "variable count " + std::to_string(expected.variable_count()) + " vs " +
               std::to_string(actual.variable_count());
    }
    if (expected.row_count() != actual.row_count()) {
        return "row count " + std::to_string(expected.row_count()) + " vs " +
               std::to_string(actual.row_count());
    }
    for (int j = 0; j < expected.variable_count(); ++j) {
        const Variable& e = expected.variables[j];
        const Variable& a = actual.variables[j];
        if ((compare_names && e.name != a.name) || e.lower != a.lower || e.upper != a.upper ||
            e.cost != a.cost || e.type != a.type) {
            return "variable " + std::to_string(j) + " (" + e.name + ") differs: [" +
                   std::to_string(e.lower) + ", " + std::to_string(e.upper) + "] cost " +
                   std::to_string(e.cost) + " type " + std::to_string(static_cast<int>(e.type)) +
                   " vs " + a.name + " [" + std::to_string(a.lower) + ", " +
                   std::to_string(a.upper) + "] cost " + std::to_string(a.cost) + " type " +
                   std::to_string(static_cast<int>(a.type));
        }
    }
    for (int i = 0; i < expected.row_count(); ++i) {
        const Row& e = expected.rows[i];
        const Row& a = actual.rows[i];
        if ((compare_names && e.name != a.name) || e.lower != a.lower || e.upper != a.upper ||
            e.terms.size() != a.terms.size()) {
            return "row " + std::to_string(i) + " (" + e.name + ") differs: [" +
                   std::to_string(e.lower) + ", " + std::to_string(e.upper) + "] vs " + a.name +
                   " [" + std::to_string(a.lower) + ", " + std::to_string(a.upper) + "], " +
                   std::to_string(e.terms.size()) + " vs " + std::to_string(a.terms.size()) +
                   " terms";
        }
        for (std::size_t k = 0; k < e.terms.size(); ++k) {
            if (e.terms[k].variable != a.terms[k].variable ||
                e.terms[k].coefficient != a.terms[k].coefficient) {
                return "row " + e.name + " term " + std::to_string(k) + " differs";
            }
        }
    }
    return {};
}

}  // namespace mealplan::solver::testing
