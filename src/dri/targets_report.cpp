#include "dri/targets_report.hpp"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/number_format.hpp"
#include "core/utf8.hpp"

namespace mealplan {
namespace {

using Json = nlohmann::ordered_json;
using N = Nutrient;

bool has_target(const NutrientTarget& target) {
    return target.min.has_value() || target.max.has_value() || target.ul.has_value();
}

/// Rounds to 0.1 so JSON shows 51.1 rather than 51.050000000000004.
Json amount_json(const std::optional<double>& value) {
    if (!value) return nullptr;
    const double rounded = std::round(*value * 10.0) / 10.0;
    if (rounded == std::round(rounded) && std::fabs(rounded) < 1e15) {
        return static_cast<std::int64_t>(rounded);
    }
    return rounded;
}

/// "1,000", "320", "2.4", "0.9": targets as the DRI tables print them.
std::string amount_text(double value) {
    return format_amount(value, {Decimals::ThreeSignificant, true});
}

std::string with_unit(double value, N nutrient) {
    return amount_text(value) + " " + std::string(info(nutrient).unit);
}

std::string ul_note(const Targets& targets, N nutrient) {
    const auto& target = targets[nutrient];
    if (nutrient == N::SodiumMg && target.max) {
        return fmt::format("CDRR: reduce intakes above {} (2019)",
                           with_unit(*target.max, nutrient));
    }
    if (nutrient == N::CaffeineMg) return target.source;
    if (nutrient == N::WaterG && target.min) {
        return fmt::format("total water from food and drinks ({:.1f} L)", *target.min / 1000.0);
    }
    if (target.amdr_low_percent && target.amdr_high_percent) {
        return fmt::format("AMDR {:g}-{:g} % of energy", *target.amdr_low_percent,
                           *target.amdr_high_percent);
    }
    if (nutrient == N::EnergyKcal) {
        return fmt::format("target {} kcal", amount_text(targets.energy_kcal));
    }
    if (!target.ul) return target.min ? "no UL set" : "";
    const std::string ul = with_unit(*target.ul, nutrient);
    switch (target.ul_scope) {
        case UpperLimitScope::Total:
            return "";
        case UpperLimitScope::Supplements:
            return fmt::format("UL {} applies to supplements only", ul);
        case UpperLimitScope::Preformed:
        case UpperLimitScope::AddedForms: {
            const auto form = upper_limit_form(nutrient);
            const std::string_view what =
                nutrient == N::VitaminARaeUg ? "preformed vitamin A (retinol)"
                : nutrient == N::FolateDfeUg ? "folic acid (fortified foods, supplements)"
                : nutrient == N::VitaminEMg  ? "added vitamin E (fortified foods, supplements)"
                : nutrient == N::NiacinMg    ? "added niacin (fortified foods, supplements)"
                                             : "added forms";
            if (form && targets[*form].max) {
                return fmt::format("UL {} applies to {} only; checked on {}", ul, what,
                                   info(*form).key);
            }
            return fmt::format("UL {} applies to {} only (not checked: no food data)", ul, what);
        }
    }
    return "";
}

/// Table footnotes a reader must act on: B12 after 50 (h), folate before pregnancy (i).
std::string footnote_note(const NutrientTarget& target) {
    if (target.source.find("footnote h") != std::string::npos) {
        return "over 50: mainly from B12-fortified foods or a supplement";
    }
    if (target.source.find("footnote i") != std::string::npos) {
        return "if pregnancy is possible, 400 µg as folic acid";
    }
    return "";
}

std::string note_for(const Targets& targets, N nutrient) {
    std::string note = ul_note(targets, nutrient);
    const std::string footnote = footnote_note(targets[nutrient]);
    if (footnote.empty()) return note;
    if (note.empty() || note == "no UL set") return footnote;
    return note + "; " + footnote;
}

std::vector<N> report_order() {
    std::vector<N> order(headline_nutrients().begin(), headline_nutrients().end());
    order.push_back(N::WaterG);
    order.push_back(N::CaffeineMg);
    for (const auto& nutrient_info : all_nutrients()) {
        if (nutrient_info.auxiliary) continue;
        bool listed = false;
        for (const auto nutrient : order) listed = listed || nutrient == nutrient_info.nutrient;
        if (!listed) order.push_back(nutrient_info.nutrient);
    }
    return order;
}

}  // namespace

std::string targets_to_json(const Targets& targets, const std::string& profile_description) {
    const Profile& profile = targets.profile;
    Json root = Json::object();
    root["schema"] = kTargetsSchema;
    Json profile_json = Json::object();
    profile_json["description"] = profile_description;
    profile_json["sex"] = to_string(profile.sex);
    profile_json["age_years"] = profile.age_years;
    profile_json["pregnant"] = profile.pregnant;
    profile_json["lactating"] = profile.lactating;
    profile_json["energy_kcal"] = amount_json(profile.energy_kcal);
    profile_json["weight_kg"] = amount_json(profile.weight_kg);
    profile_json["height_cm"] = amount_json(profile.height_cm);
    profile_json["activity"] =
        profile.activity ? Json(std::string(to_string(*profile.activity))) : Json(nullptr);
    root["profile"] = std::move(profile_json);
    root["life_stage"] = targets.life_stage;
    root["energy_kcal"] = amount_json(targets.energy_kcal);
    root["energy_tolerance"] = targets.energy_tolerance;
    root["energy_source"] = targets.energy_source;
    Json all = Json::object();
    for (const auto& nutrient_info : all_nutrients()) {
        const auto& target = targets[nutrient_info.nutrient];
        if (!has_target(target)) continue;
        Json entry = Json::object();
        entry["min"] = amount_json(target.min);
        entry["max"] = amount_json(target.max);
        entry["ul"] = amount_json(target.ul);
        entry["ul_scope"] =
            target.ul ? Json(std::string(to_string(target.ul_scope))) : Json(nullptr);
        entry["min_kind"] = target.min_kind.empty() ? Json(nullptr) : Json(target.min_kind);
        if (target.amdr_low_percent && target.amdr_high_percent) {
            entry["amdr_percent"] =
                Json::array({*target.amdr_low_percent, *target.amdr_high_percent});
        }
        entry["source"] = target.source;
        all[std::string(nutrient_info.key)] = std::move(entry);
    }
    root["targets"] = std::move(all);
    return root.dump(2) + "\n";
}

std::string targets_to_text(const Targets& targets, const std::string& profile_description) {
    struct Row {
        std::string label, min, min_kind, max, max_kind, note;
    };
    std::vector<Row> rows;
    rows.push_back({"Nutrient", "Minimum", "", "Maximum", "", "Notes"});
    for (const N nutrient : report_order()) {
        const auto& target = targets[nutrient];
        if (!has_target(target)) continue;
        Row row;
        row.label = std::string(info(nutrient).label);
        row.min = target.min ? with_unit(*target.min, nutrient) : "—";
        row.min_kind = target.min_kind;
        row.max = target.max ? with_unit(*target.max, nutrient) : "—";
        if (target.max) {
            if (nutrient == N::SodiumMg) {
                row.max_kind = "CDRR";
            } else if (target.amdr_high_percent) {
                row.max_kind = "AMDR";
            } else if (nutrient == N::EnergyKcal) {
                row.max_kind = fmt::format("±{:g} %", targets.energy_tolerance * 100.0);
            } else if (target.ul && *target.ul == *target.max) {
                row.max_kind = "UL";
            } else {
                row.max_kind = "limit";
            }
        }
        row.note = note_for(targets, nutrient);
        rows.push_back(std::move(row));
    }

    // Widths in characters, not bytes: "µ" and "—" are two and three bytes in UTF-8.
    std::array<std::size_t, 5> widths{};
    for (const auto& row : rows) {
        widths[0] = std::max(widths[0], display_width(row.label));
        widths[1] = std::max(widths[1], display_width(row.min));
        widths[2] = std::max(widths[2], display_width(row.min_kind));
        widths[3] = std::max(widths[3], display_width(row.max));
        widths[4] = std::max(widths[4], display_width(row.max_kind));
    }
    const auto pad_right = [](const std::string& text, std::size_t to) {
        return text + std::string(to - display_width(text), ' ');
    };
    const auto pad_left = [](const std::string& text, std::size_t to) {
        return std::string(to - display_width(text), ' ') + text;
    };

    std::string out = fmt::format("Targets · {} · {}\n", profile_description, targets.life_stage);
    out +=
        fmt::format("Energy target {} kcal/day ± {:g} % ({})\n\n", amount_text(targets.energy_kcal),
                    targets.energy_tolerance * 100.0, targets.energy_source);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& row = rows[r];
        std::string line = pad_right(row.label, widths[0]) + "  " +
                           (r == 0 ? pad_right(row.min, widths[1]) : pad_left(row.min, widths[1])) +
                           " " + pad_right(row.min_kind, widths[2]) + "  " +
                           (r == 0 ? pad_right(row.max, widths[3]) : pad_left(row.max, widths[3])) +
                           " " + pad_right(row.max_kind, widths[4]) + "  " + row.note;
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    out +=
        "\nMinimums are RDAs (or AIs) of the US Dietary Reference Intakes; maximums are the\n"
        "limits that apply to food. Targets for planning food, not medical advice.\n";
    return out;
}

}  // namespace mealplan
