#include "report/report.hpp"

#include "report/plan_view.hpp"
#include "shopping/render.hpp"

namespace mealplan {
namespace {

/// The plan's text with its shopping list after it, when the view carries one.
std::string with_list(std::string plan_text, const PlanView& view, ShoppingFormat format) {
    if (!view.shopping_list) return plan_text;
    return plan_text + "\n" + render_shopping_list(*view.shopping_list, format, Units::Metric);
}

}  // namespace

std::string render_plan(const PlanView& view, ReportFormat format, const TextOptions& text) {
    switch (format) {
        case ReportFormat::Text:
            return with_list(text.detail ? render_plan_text(view) : render_plan_glance(view, text),
                             view, ShoppingFormat::Text);
        case ReportFormat::Markdown:
            return with_list(render_plan_markdown(view), view, ShoppingFormat::Markdown);
        case ReportFormat::Json:
            return render_plan_json(view);
        case ReportFormat::Html:
            return render_plan_html(view);
    }
    return render_plan_text(view);
}

std::string render_plan_text(const PlanResult& result, const Catalogue& catalogue,
                             const FixWords& fix_words) {
    return render_plan_text(plan_view(result, catalogue, fix_words));
}

std::string render_plan_markdown(const PlanResult& result, const Catalogue& catalogue,
                                 const FixWords& fix_words) {
    return render_plan_markdown(plan_view(result, catalogue, fix_words));
}

std::string render_plan_json(const PlanResult& result, const Catalogue& catalogue,
                             const FixWords& fix_words) {
    return render_plan_json(plan_view(result, catalogue, fix_words));
}

std::string render_plan(const PlanResult& result, const Catalogue& catalogue, ReportFormat format,
                        const FixWords& fix_words) {
    return render_plan(plan_view(result, catalogue, fix_words), format);
}

}  // namespace mealplan
