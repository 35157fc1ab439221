#include "report/report.hpp"

namespace mealplan {

std::optional<ReportFormat> report_format_from_string(std::string_view text) {
    if (text == "text") return ReportFormat::Text;
    if (text == "markdown") return ReportFormat::Markdown;
    if (text == "json") return ReportFormat::Json;
    return std::nullopt;
}

std::string render_plan(const PlanResult& result, const Catalogue& catalogue, ReportFormat format) {
    switch (format) {
        case ReportFormat::Text:
            return render_plan_text(result, catalogue);
        case ReportFormat::Markdown:
            return render_plan_markdown(result, catalogue);
        case ReportFormat::Json:
            return render_plan_json(result, catalogue);
    }
    return render_plan_text(result, catalogue);
}

}  // namespace mealplan
