#include "report/report.hpp"

namespace mealplan {

std::string render_plan(const PlanResult& result, const Catalogue& catalogue, ReportFormat format,
                        const FixWords& fix_words) {
    switch (format) {
        case ReportFormat::Text:
            return render_plan_text(result, catalogue, fix_words);
        case ReportFormat::Markdown:
            return render_plan_markdown(result, catalogue, fix_words);
        case ReportFormat::Json:
            return render_plan_json(result, catalogue, fix_words);
    }
    return render_plan_text(result, catalogue, fix_words);
}

}  // namespace mealplan
