#include "mip/cuts.hpp"

#include <algorithm>
#include <cmath>

namespace mealplan::solver {

void CutAccumulator::add(int column, double value) {
    if (!touched_[column]) {
        touched_[column] = 1;
        indices_.push_back(column);
    }
    coefficient_[column] += value;
}

bool CutAccumulator::finish(double lower, const std::vector<double>& column_lower,
                            const std::vector<double>& column_upper,
                            const std::vector<double>& values, const CutOptions& limits, Cut& cut) {
    std::sort(indices_.begin(), indices_.end());
    double largest = 0.0;
    for (const int j : indices_) largest = std::max(largest, std::abs(coefficient_[j]));
    bool ok = largest > 0.0 && std::isfinite(largest) && std::isfinite(lower);
    double smallest = kInfinity;
    cut.terms.clear();
    for (const int j : indices_) {
        const double c = coefficient_[j];
        if (ok && std::abs(c) < 1e-9 * largest) {
            // Dropping c·x_j keeps the cut valid when the right-hand side gives up the
            // most that term could contribute.
            const double bound = c > 0.0 ? column_upper[j] : column_lower[j];
            if (std::isfinite(bound)) {
                lower -= c * bound;
            } else if (c != 0.0) {
                ok = false;
            }
        } else if (ok) {
            smallest = std::min(smallest, std::abs(c));
            cut.terms.push_back({j, c / largest});
        }
        coefficient_[j] = 0.0;
        touched_[j] = 0;
    }
    indices_.clear();
    const double term_limit =
        limits.maximum_density * static_cast<double>(coefficient_.size()) + 10.0;
    if (!ok || cut.terms.empty() || static_cast<double>(cut.terms.size()) > term_limit ||
        largest / smallest > limits.maximum_dynamic_range) {
        return false;
    }
    cut.lower = lower / largest;
    double activity = 0.0, norm = 0.0;
    for (const Term& term : cut.terms) {
        activity += term.coefficient * values[term.variable];
        norm += term.coefficient * term.coefficient;
    }
    cut.efficacy = (cut.lower - activity) / std::sqrt(norm);
    return cut.efficacy >= limits.minimum_efficacy;
}

namespace {

double dot(const std::vector<Term>& a, const std::vector<Term>& b) {
    double sum = 0.0;
    std::size_t i = 0, k = 0;
    while (i < a.size() && k < b.size()) {
        if (a[i].variable < b[k].variable) {
            ++i;
        } else if (b[k].variable < a[i].variable) {
            ++k;
        } else {
            sum += a[i++].coefficient * b[k++].coefficient;
        }
    }
    return sum;
}

}  // namespace

std::vector<Cut> select_cuts(std::vector<Cut> cuts, int count, double maximum_parallelism) {
    std::stable_sort(cuts.begin(), cuts.end(),
                     [](const Cut& a, const Cut& b) { return a.efficacy > b.efficacy; });
    std::vector<Cut> picked;
    std::vector<double> norms;
    for (Cut& cut : cuts) {
        if (static_cast<int>(picked.size()) >= count) break;
        const double norm = std::sqrt(dot(cut.terms, cut.terms));
        bool parallel = false;
        for (std::size_t p = 0; p < picked.size() && !parallel; ++p) {
            parallel = dot(cut.terms, picked[p].terms) > maximum_parallelism * norm * norms[p];
        }
        if (parallel) continue;
        norms.push_back(norm);
        picked.push_back(std::move(cut));
    }
    return picked;
}

}  // namespace mealplan::solver
