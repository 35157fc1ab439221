// The CPLEX LP reader (see solver/lp_format.hpp for what it accepts).
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <deque>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "io/format_text.hpp"
#include "io/lp_words.hpp"
#include "io/text_file.hpp"
#include "solver/lp_format.hpp"

namespace mealplan::solver {
namespace {

enum class TokenKind { Name, Number, Relation, Colon, Plus, Minus, Other };
enum class Relation { LessEqual, GreaterEqual, Equal };

struct Token {
    TokenKind kind = TokenKind::Other;
    std::string text;
    double number = 0.0;
    Relation relation = Relation::Equal;
    int line = 0;
    bool starts_line = false;
};

bool is_name_char(char c) {
    if (std::isspace(static_cast<unsigned char>(c))) return false;
    return std::string_view("+-<>=:*^[]\\/").find(c) == std::string_view::npos;
}

/// Skips the comment that starts at `i` (a backslash) to the end of its line, keeping the
/// problem name when it is the writer's name comment. Returns where the comment ends.
std::size_t skip_comment(std::string_view text, std::size_t i, std::string& problem_name) {
    auto end = text.find('\n', i);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view comment = text.substr(i, end - i);
    if (comment.substr(0, kProblemNameComment.size()) == kProblemNameComment) {
        std::string_view name = comment.substr(kProblemNameComment.size());
        while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front()))) {
            name.remove_prefix(1);
        }
        while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) {
            name.remove_suffix(1);
        }
        problem_name = std::string(name);
    }
    return end;
}

/// Where the number that starts at `i` ends: digits and points, then an exponent if one
/// with digits follows.
std::size_t number_end(std::string_view text, std::size_t i) {
    std::size_t end = i;
    while (end < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.')) {
        ++end;
    }
    if (end < text.size() && (text[end] == 'e' || text[end] == 'E')) {
        std::size_t exponent = end + 1;
        if (exponent < text.size() && (text[exponent] == '+' || text[exponent] == '-')) {
            ++exponent;
        }
        if (exponent < text.size() && std::isdigit(static_cast<unsigned char>(text[exponent]))) {
            end = exponent;
            while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) {
                ++end;
            }
        }
    }
    return end;
}

/// The most tokens one statement (a row, a bound, the objective) may span: every term is
/// at most a sign, a number and a name, and a ranged row adds two sides, a label and
/// relations. A longer statement is refused before its tokens fill the memory.
constexpr std::size_t kMaxStatementTokens = 3 * kMaxRowTerms + 16;

/// The tokens of LP text, read as the parser asks for them; comments are dropped, the
/// problem name comment kept aside. The parser forgets the tokens of each statement once it
/// is read (forget_before), so memory holds one statement's tokens, not the whole file's: a
/// 64 MiB file of signs would otherwise be 32 million tokens.
class TokenStream {
  public:
    TokenStream(std::string_view text, std::string& problem_name, std::vector<FileIssue>& errors,
                const std::string& source)
        : text_(text), problem_name_(problem_name), errors_(errors), source_(source) {}

    /// Whether there is a token at index `at` (reading up to it if needed).
    bool has(std::size_t at) {
        while (first_ + window_.size() <= at) {
            if (!read_one()) return false;
        }
        return true;
    }
    /// The token at `at`, which has() said is there and forget_before() kept.
    const Token& operator[](std::size_t at) const { return window_[at - first_]; }
    /// Whether a statement too long stopped the reading (the error is reported).
    bool stopped() const { return stopped_; }
    /// The line of the last token read; 1 before any.
    int last_line() const { return last_line_; }
    /// Drops the tokens before index `at`: the parser is done with them.
    void forget_before(std::size_t at) {
        while (first_ < at && !window_.empty()) {
            window_.pop_front();
            ++first_;
        }
    }

  private:
    /// Appends the next token to the window; false at the end of the text, or when one
    /// statement spans more than kMaxStatementTokens (then with an error).
    bool read_one() {
        if (stopped_) return false;
        if (window_.size() >= kMaxStatementTokens) {
            errors_.push_back({source_ + ":" + std::to_string(line_),
                               "a statement of more than " + std::to_string(kMaxStatementTokens) +
                                   " words, numbers and signs, longer than a row of the most "
                                   "terms allowed (" +
                                   std::to_string(kMaxRowTerms) + "); reading stopped here"});
            stopped_ = true;
            return false;
        }
        while (i_ < text_.size()) {
            const char c = text_[i_];
            if (c == '\n') {
                ++line_;
                at_line_start_ = true;
                ++i_;
                continue;
            }
            if (std::isspace(static_cast<unsigned char>(c))) {
                ++i_;
                continue;
            }
            if (c == '\\') {
                i_ = skip_comment(text_, i_, problem_name_);
                continue;
            }
            window_.push_back(token_at(c));
            last_line_ = line_;
            return true;
        }
        return false;
    }

    /// Reads the token that starts at `i_` with the character `c`.
    Token token_at(char c) {
        const std::string_view text = text_;
        const int line = line_;
        std::size_t& i = i_;
        Token token;
        token.line = line;
        token.starts_line = at_line_start_;
        at_line_start_ = false;
        if (c == '<' || c == '>' || c == '=') {
            // <=, =<, <, >=, =>, >, =
            std::size_t length = 1;
            char first = c;
            if (i + 1 < text.size() &&
                (text[i + 1] == '=' || text[i + 1] == '<' || text[i + 1] == '>')) {
                length = 2;
                if (c == '=') first = text[i + 1];
            }
            token.kind = TokenKind::Relation;
            token.text = std::string(text.substr(i, length));
            token.relation = first == '<'   ? Relation::LessEqual
                             : first == '>' ? Relation::GreaterEqual
                                            : Relation::Equal;
            i += length;
        } else if (c == ':') {
            token.kind = TokenKind::Colon;
            token.text = ":";
            ++i;
        } else if (c == '+' || c == '-') {
            token.kind = c == '+' ? TokenKind::Plus : TokenKind::Minus;
            token.text = std::string(1, c);
            ++i;
        } else if (std::isdigit(static_cast<unsigned char>(c)) ||
                   (c == '.' && i + 1 < text.size() &&
                    std::isdigit(static_cast<unsigned char>(text[i + 1])))) {
            const std::size_t end = number_end(text, i);
            token.kind = TokenKind::Number;
            token.text = std::string(text.substr(i, end - i));
            const auto result = std::from_chars(text.data() + i, text.data() + end, token.number);
            if (result.ec != std::errc() || result.ptr != text.data() + end) {
                errors_.push_back(
                    {source_ + ":" + std::to_string(line), "'" + token.text + "' is not a number"});
            }
            i = end;
        } else if (is_name_char(c)) {
            std::size_t end = i;
            while (end < text.size() && is_name_char(text[end])) ++end;
            token.kind = TokenKind::Name;
            token.text = std::string(text.substr(i, end - i));
            i = end;
        } else {
            token.kind = TokenKind::Other;
            token.text = std::string(1, c);
            ++i;
        }
        return token;
    }

    std::string_view text_;
    std::string& problem_name_;
    std::vector<FileIssue>& errors_;
    const std::string& source_;
    std::deque<Token> window_;
    std::size_t first_ = 0;  ///< the index of window_.front() in the whole token sequence
    std::size_t i_ = 0;      ///< where in text_ the next token is sought
    int line_ = 1;
    int last_line_ = 1;
    bool at_line_start_ = true;
    bool stopped_ = false;
};

enum class Section { Start, Objective, Constraints, Bounds, General, Binary, End, Unsupported };

/// The section a line-leading keyword opens, with the number of tokens it spans.
std::optional<std::pair<Section, int>> section_keyword(TokenStream& tokens, std::size_t at) {
    const Token& token = tokens[at];
    if (!token.starts_line || token.kind != TokenKind::Name) return std::nullopt;
    const std::string word = lower_case(token.text);
    // A name followed by ':' labels a row, whatever it is spelled like.
    if (tokens.has(at + 1) && tokens[at + 1].kind == TokenKind::Colon && word != "st" &&
        word != "s.t.") {
        return std::nullopt;
    }
    if (word == "minimize" || word == "minimise" || word == "minimum" || word == "min" ||
        word == "maximize" || word == "maximise" || word == "maximum" || word == "max") {
        return std::pair{Section::Objective, 1};
    }
    if (word == "subject" || word == "such") {
        if (tokens.has(at + 1) && tokens[at + 1].kind == TokenKind::Name) {
            const std::string next = lower_case(tokens[at + 1].text);
            if ((word == "subject" && next == "to") || (word == "such" && next == "that")) {
                return std::pair{Section::Constraints, 2};
            }
        }
        return std::nullopt;
    }
    if (word == "st" || word == "s.t." || word == "st.") return std::pair{Section::Constraints, 1};
    if (word == "bounds" || word == "bound") return std::pair{Section::Bounds, 1};
    if (word == "general" || word == "generals" || word == "gen" || word == "integer" ||
        word == "integers" || word == "int") {
        return std::pair{Section::General, 1};
    }
    if (word == "binary" || word == "binaries" || word == "bin")
        return std::pair{Section::Binary, 1};
    if (word == "end") return std::pair{Section::End, 1};
    if (word == "semi-continuous" || word == "semi" || word == "semis" || word == "sos") {
        return std::pair{Section::Unsupported, 1};
    }
    return std::nullopt;
}

bool is_infinity_word(const Token& token) {
    if (token.kind != TokenKind::Name) return false;
    const std::string word = lower_case(token.text);
    return word == "inf" || word == "infinity";
}

/// A linear expression read from tokens: terms by variable index plus a constant.
struct Expression {
    std::vector<Term> terms;
    double constant = 0.0;
    bool has_terms() const { return !terms.empty(); }
};

class LpParser {
  public:
    LpParser(std::string_view text, std::string source)
        : source_(std::move(source)), tokens_(text, model_.name, reading_.errors, source_) {}

    ModelReading parse() {
        Section section = Section::Start;
        bool saw_end = false;
        while (!at_end() && !saw_end && !stopped_ && reading_.errors.size() < kMaxReadingErrors) {
            tokens_.forget_before(position_);  // no statement before this one is looked at again
            if (auto keyword = section_keyword(tokens_, position_)) {
                const Token& first = tokens_[position_];
                if (keyword->first == Section::Objective) {
                    if (section != Section::Start) {
                        error(first, "a second objective section");
                    }
                    const std::string word = lower_case(first.text);
                    model_.sense = word.substr(0, 3) == "max" ? ObjectiveSense::Maximize
                                                              : ObjectiveSense::Minimize;
                } else if (section == Section::Start) {
                    error(first, "the file must begin with Minimize or Maximize");
                }
                if (keyword->first == Section::Unsupported) {
                    error(first, "semi-continuous and SOS sections are not supported");
                }
                section = keyword->first;
                position_ += static_cast<std::size_t>(keyword->second);
                if (section == Section::End) saw_end = true;
                if (section == Section::Objective) parse_objective();
                continue;
            }
            switch (section) {
                case Section::Start:
                    error(current(), "the file must begin with Minimize or Maximize");
                    skip_line();
                    break;
                case Section::Objective:
                    error(current(), "unexpected '" + current().text + "' in the objective");
                    skip_line();
                    break;
                case Section::Constraints:
                    parse_constraint();
                    break;
                case Section::Bounds:
                    parse_bound();
                    break;
                case Section::General:
                case Section::Binary:
                    parse_integer_name(section == Section::Binary);
                    break;
                case Section::End:
                    break;
                case Section::Unsupported:
                    ++position_;
                    break;
            }
        }
        if (reading_.errors.size() >= kMaxReadingErrors && !at_end()) {
            reading_.errors.push_back({source_, "reading stopped after " +
                                                    std::to_string(kMaxReadingErrors) + " errors"});
        } else if (!saw_end && !stopped_ && !tokens_.stopped()) {
            reading_.errors.push_back(
                {source_ + ":" + std::to_string(last_line()), "the file ends without End"});
        }
        if (reading_.errors.empty()) {
            for (std::size_t i = 0; i < model_.variables.size(); ++i) {
                if (binary_[i]) {
                    model_.variables[i].type = VariableType::Binary;
                    model_.variables[i].lower = 0.0;
                    model_.variables[i].upper = 1.0;
                }
            }
            fold_writer_helpers();
            reading_.model = std::move(model_);
        }
        return std::move(reading_);
    }

  private:
    const Token& current() const { return tokens_[position_]; }
    bool at_end() { return !tokens_.has(position_); }
    /// Whether the token after the current one is there and of `kind`.
    bool next_is(TokenKind kind) {
        return tokens_.has(position_ + 1) && tokens_[position_ + 1].kind == kind;
    }
    int last_line() const { return tokens_.last_line(); }
    bool at_section() { return !at_end() && section_keyword(tokens_, position_).has_value(); }

    // Once the token stream stopped at its limit the parser sees a statement cut short:
    // what it would find wrong there is the cut, which the stream has reported.
    void error(const Token& token, std::string what) {
        if (tokens_.stopped()) return;
        reading_.errors.push_back({source_ + ":" + std::to_string(token.line), std::move(what)});
    }
    void error_here(std::string what) {
        if (tokens_.stopped()) return;
        const int line = at_end() ? last_line() : current().line;
        reading_.errors.push_back({source_ + ":" + std::to_string(line), std::move(what)});
    }
    void warn(const Token& token, std::string what) {
        reading_.warnings.push_back({source_ + ":" + std::to_string(token.line), std::move(what)});
    }

    /// Skips to the first token of the next line, to go on after an error.
    void skip_line() {
        ++position_;
        while (!at_end() && !current().starts_line) ++position_;
    }

    int variable_for(const std::string& name) {
        const auto found = variable_index_.find(name);
        if (found != variable_index_.end()) return found->second;
        const int index = model_.add_variable(name, 0.0, kInfinity, 0.0);
        variable_index_[name] = index;
        binary_.push_back(false);
        return index;
    }

    /// A row label "name:" at the current position, consumed; empty if none.
    std::string take_label() {
        if (!at_end() && current().kind == TokenKind::Name && next_is(TokenKind::Colon)) {
            std::string name = current().text;
            position_ += 2;
            return name;
        }
        return {};
    }

    /// Reads terms and constants up to a relation, a new label or a section keyword.
    /// Returns nullopt after reporting an error.
    std::optional<Expression> parse_expression(bool stop_at_label) {
        Expression expression;
        bool first_term = true;
        while (!at_end() && current().kind != TokenKind::Relation && !at_section()) {
            if (stop_at_label && current().kind == TokenKind::Name && next_is(TokenKind::Colon)) {
                break;
            }
            double sign = 1.0;
            bool saw_sign = false;
            while (!at_end() &&
                   (current().kind == TokenKind::Plus || current().kind == TokenKind::Minus)) {
                if (current().kind == TokenKind::Minus) sign = -sign;
                saw_sign = true;
                ++position_;
            }
            if (at_end()) break;
            // Terms after the first are joined by a sign: "3 x y" is a typo, not 3x + y.
            if (!first_term && !saw_sign) {
                reject_term(current(), "expected '+' or '-' before '" + current().text + "'");
                return std::nullopt;
            }
            first_term = false;
            std::optional<double> coefficient;
            if (current().kind == TokenKind::Number) {
                coefficient = current().number;
                ++position_;
            }
            if (!at_end() && current().kind == TokenKind::Name && !at_section() &&
                !next_is(TokenKind::Colon)) {
                if (is_infinity_word(current()) && !coefficient) {
                    expression.constant += sign * kInfinity;
                    ++position_;
                    continue;
                }
                if (!room_for_a_term(expression)) return std::nullopt;
                const int variable = variable_for(current().text);
                ++position_;
                expression.terms.push_back({variable, sign * coefficient.value_or(1.0)});
                continue;
            }
            if (coefficient) {
                expression.constant += sign * *coefficient;
                continue;
            }
            if (saw_sign) {
                error_here("a sign must be followed by a number or a variable");
                return std::nullopt;
            }
            reject_term(current(), "unexpected '" + current().text + "'");
            return std::nullopt;
        }
        return expression;
    }

    /// Whether `expression` may take one more term within kMaxRowTerms and the model within
    /// kMaxModelTerms; when not, reports it and stops the reading: the file is refused, and
    /// reading on would only fill the memory the limits are there to bound.
    bool room_for_a_term(const Expression& expression) {
        const auto reached =
            term_limit_reached(expression.terms.size(), model_terms_, "a row or the objective");
        if (!reached) {
            ++model_terms_;
            return true;
        }
        error(current(), *reached + "; reading stopped here");
        stopped_ = true;
        return false;
    }

    /// Reports the token where a term cannot go on: a quadratic operator is named as such.
    void reject_term(const Token& bad, const std::string& otherwise) {
        if (bad.text == "*" || bad.text == "^" || bad.text == "[") {
            error(bad, "quadratic terms are not supported");
        } else {
            error(bad, otherwise);
        }
    }

    void parse_objective() {
        if (at_end() || at_section()) return;
        const std::string label = take_label();
        if (!label.empty()) model_.objective_name = label;
        auto expression = parse_expression(false);
        if (!expression) {
            skip_line();
            return;
        }
        if (!at_end() && current().kind == TokenKind::Relation) {
            error(current(), "a relation in the objective");
            skip_line();
            return;
        }
        for (const auto& term : expression->terms)
            model_.variables[term.variable].cost += term.coefficient;
        if (!std::isfinite(expression->constant)) {
            error_here("the objective constant is not finite");
            return;
        }
        model_.objective_offset += expression->constant;
    }

    std::optional<double> parse_constant() {
        double sign = 1.0;
        while (!at_end() &&
               (current().kind == TokenKind::Plus || current().kind == TokenKind::Minus)) {
            if (current().kind == TokenKind::Minus) sign = -sign;
            ++position_;
        }
        if (at_end()) return std::nullopt;
        if (current().kind == TokenKind::Number) {
            const double value = current().number;
            ++position_;
            if (value >= kFileInfinity) return sign * kInfinity;
            return sign * value;
        }
        if (is_infinity_word(current())) {
            ++position_;
            return sign * kInfinity;
        }
        return std::nullopt;
    }

    /// After an error in a row: goes on at the next line, moving at least one token.
    void resync(std::size_t start) {
        if (position_ == start && !at_end()) ++position_;
        while (!at_end() && !current().starts_line) ++position_;
    }

    void parse_constraint() {
        const std::size_t start = position_;
        const Token& first = current();
        std::string label = take_label();
        if (label.empty()) label = "R" + std::to_string(model_.row_count() + 1);
        if (!row_names_.insert(label).second) {
            error(first, "row '" + label + "' is defined twice");
            resync(start);
            return;
        }
        auto left = parse_expression(true);
        if (!left) {
            resync(start);
            return;
        }
        if (at_end() || current().kind != TokenKind::Relation) {
            error(first, "row '" + label + "' needs a relation (<=, >= or =)");
            resync(start);
            return;
        }
        if (!infinity_stands_alone(first, label, *left)) {
            resync(start);
            return;
        }
        const Relation first_relation = current().relation;
        ++position_;
        if (!left->has_terms()) {
            // Range form: L <= a·x <= U (or with >=).
            auto middle = parse_expression(true);
            if (!middle) {
                resync(start);
                return;
            }
            if (at_end() || current().kind != TokenKind::Relation || !middle->has_terms()) {
                error(first, "row '" + label + "' has no variables");
                resync(start);
                return;
            }
            if (!infinity_stands_alone(first, label, *middle)) {
                resync(start);
                return;
            }
            const Relation second_relation = current().relation;
            ++position_;
            const auto right = parse_constant();
            if (!right || first_relation != second_relation || first_relation == Relation::Equal) {
                error(first, "row '" + label + "': a ranged row must read L <= expression <= U");
                resync(start);
                return;
            }
            double lower = left->constant - middle->constant;
            double upper = *right - middle->constant;
            if (first_relation == Relation::GreaterEqual) std::swap(lower, upper);
            add_row(first, label, lower, upper, std::move(middle->terms));
            return;
        }
        const auto right = parse_constant();
        if (!right) {
            error(first, "row '" + label + "' needs a number after the relation");
            resync(start);
            return;
        }
        const double rhs = *right - left->constant;
        switch (first_relation) {
            case Relation::LessEqual:
                add_row(first, label, -kInfinity, rhs, std::move(left->terms));
                break;
            case Relation::GreaterEqual:
                add_row(first, label, rhs, kInfinity, std::move(left->terms));
                break;
            case Relation::Equal:
                add_row(first, label, rhs, rhs, std::move(left->terms));
                break;
        }
    }

    /// An infinite constant beside variables ("x - inf <= 2") says nothing a side could
    /// mean, and two of them cancel to NaN: infinity may only be a side on its own.
    bool infinity_stands_alone(const Token& at, const std::string& label,
                               const Expression& expression) {
        if (!expression.has_terms() || std::isfinite(expression.constant)) return true;
        error(at,
              "row '" + label + "': infinity may only stand alone as a side, not beside variables");
        return false;
    }

    void add_row(const Token& at, const std::string& name, double lower, double upper,
                 std::vector<Term> terms) {
        // As in Bounds, a side at 1e30 or beyond is infinite (constants moved across the
        // relation can get there); an infinite side pointing inward leaves no value at all.
        const auto file_value = [](double value) {
            return std::abs(value) >= kFileInfinity ? std::copysign(kInfinity, value) : value;
        };
        lower = file_value(lower);
        upper = file_value(upper);
        if (std::isnan(lower) || std::isnan(upper)) {
            error(at, "row '" + name + "' adds infinities of opposite signs in a side");
            return;
        }
        if (lower == kInfinity || upper == -kInfinity) {
            error(at, "row '" + name + "' has an infinite right-hand side");
            return;
        }
        // Merge repeated variables, keeping the first occurrence's place.
        std::vector<Term> merged;
        std::unordered_map<int, std::size_t> place;
        for (const auto& term : terms) {
            const auto [it, inserted] = place.emplace(term.variable, merged.size());
            if (inserted) {
                merged.push_back(term);
            } else {
                merged[it->second].coefficient += term.coefficient;
            }
        }
        model_.add_row(name, lower, upper, std::move(merged));
    }

    void parse_bound() {
        const Token& first = current();
        auto fail = [&](const std::string& what) {
            error(first, what);
            if (!at_end() && !at_section() && &current() == &first) ++position_;
            while (!at_end() && !current().starts_line) ++position_;
        };
        // Forms: x free | x op c | c op x [op c]
        if (current().kind == TokenKind::Name && !is_infinity_word(current())) {
            const std::string name = current().text;
            ++position_;
            if (!at_end() && current().kind == TokenKind::Name &&
                lower_case(current().text) == "free" && !current().starts_line) {
                ++position_;
                Variable& variable = model_.variables[bound_variable(first, name)];
                variable.lower = -kInfinity;
                variable.upper = kInfinity;
                return;
            }
            if (at_end() || current().kind != TokenKind::Relation) {
                fail("a bound needs a relation or 'free' after '" + name + "'");
                return;
            }
            const Relation relation = current().relation;
            ++position_;
            const auto value = parse_constant();
            if (!value) {
                fail("a bound on '" + name + "' needs a number");
                return;
            }
            set_bound(first, bound_variable(first, name), relation, *value);
            return;
        }
        const auto value = parse_constant();
        if (!value || at_end() || current().kind != TokenKind::Relation) {
            fail("a bound must read 'x free', 'x <= c', 'c <= x' or 'l <= x <= u'");
            return;
        }
        const Relation relation = current().relation;
        ++position_;
        if (at_end() || current().kind != TokenKind::Name || at_section()) {
            fail("a bound must name a variable");
            return;
        }
        const int variable = bound_variable(first, current().text);
        ++position_;
        // c <= x means x >= c.
        const Relation mirrored = relation == Relation::LessEqual      ? Relation::GreaterEqual
                                  : relation == Relation::GreaterEqual ? Relation::LessEqual
                                                                       : Relation::Equal;
        set_bound(first, variable, mirrored, *value);
        if (!at_end() && current().kind == TokenKind::Relation && !current().starts_line) {
            const Relation second = current().relation;
            ++position_;
            const auto other = parse_constant();
            if (!other) {
                fail("a bound on '" + model_.variables[variable].name + "' needs a number");
                return;
            }
            set_bound(first, variable, second, *other);
        }
    }

    int bound_variable(const Token& token, const std::string& name) {
        if (variable_index_.count(name) == 0) {
            warn(token, "variable '" + name + "' appears only in Bounds");
        }
        return variable_for(name);
    }

    void set_bound(const Token& token, int index, Relation relation, double value) {
        Variable& variable = model_.variables[index];
        switch (relation) {
            case Relation::LessEqual:
                if (value == -kInfinity) {
                    error(token, "upper bound of '" + variable.name + "' is -infinity");
                    return;
                }
                variable.upper = value;
                break;
            case Relation::GreaterEqual:
                if (value == kInfinity) {
                    error(token, "lower bound of '" + variable.name + "' is +infinity");
                    return;
                }
                variable.lower = value;
                break;
            case Relation::Equal:
                if (!std::isfinite(value)) {
                    error(token, "'" + variable.name + "' is fixed at an infinite value");
                    return;
                }
                variable.lower = value;
                variable.upper = value;
                break;
        }
    }

    void parse_integer_name(bool binary) {
        const Token& token = current();
        ++position_;
        if (token.kind != TokenKind::Name) {
            error(token, "expected a variable name, not '" + token.text + "'");
            return;
        }
        if (variable_index_.count(token.text) == 0) {
            warn(token, "variable '" + token.text + "' appears only in an integer section");
        }
        const int index = variable_for(token.text);
        if (binary) {
            binary_[index] = true;
        } else {
            model_.variables[index].type = VariableType::Integer;
        }
    }

    /// Turns the writer's helper variables back into what they stand for: `~r_k` slacks
    /// into ranged rows, `~offset` into the objective offset.
    void fold_writer_helpers() {
        std::vector<int> uses(model_.variables.size(), 0);
        std::vector<int> row_of(model_.variables.size(), -1);
        for (int i = 0; i < model_.row_count(); ++i) {
            for (const auto& term : model_.rows[i].terms) {
                if (term.coefficient != 0.0) {
                    ++uses[term.variable];
                    row_of[term.variable] = i;
                }
            }
        }
        std::vector<bool> remove(model_.variables.size(), false);
        std::vector<bool> row_done(model_.rows.size(), false);
        for (int j = 0; j < model_.variable_count(); ++j) {
            const Variable& variable = model_.variables[j];
            if (variable.type != VariableType::Continuous) continue;
            if (variable.name == kOffsetName && uses[j] == 0 && variable.lower == 1.0 &&
                variable.upper == 1.0) {
                model_.objective_offset += variable.cost;
                remove[j] = true;
                continue;
            }
            if (variable.name.rfind(kRangePrefix, 0) != 0 || uses[j] != 1 || variable.cost != 0.0) {
                continue;
            }
            const int row_index = row_of[j];
            Row& row = model_.rows[row_index];
            if (row_done[row_index] || row.lower != 0.0 || row.upper != 0.0) continue;
            const auto term = std::find_if(row.terms.begin(), row.terms.end(),
                                           [&](const Term& t) { return t.variable == j; });
            if (term->coefficient != -1.0) continue;
            row.lower = variable.lower;
            row.upper = variable.upper;
            row_done[row_index] = true;
            remove[j] = true;
        }
        if (std::none_of(remove.begin(), remove.end(), [](bool r) { return r; })) return;
        std::vector<int> new_index(model_.variables.size(), -1);
        std::vector<Variable> kept;
        for (int j = 0; j < model_.variable_count(); ++j) {
            if (remove[j]) continue;
            new_index[j] = static_cast<int>(kept.size());
            kept.push_back(std::move(model_.variables[j]));
        }
        model_.variables = std::move(kept);
        for (auto& row : model_.rows) {
            std::vector<Term> terms;
            for (const auto& term : row.terms) {
                if (new_index[term.variable] >= 0)
                    terms.push_back({new_index[term.variable], term.coefficient});
            }
            row.terms = std::move(terms);
        }
    }

    std::string source_;
    ModelReading reading_;
    Model model_;
    TokenStream tokens_;  // after source_, reading_ and model_, which it writes to
    std::size_t position_ = 0;
    std::size_t model_terms_ = 0;  ///< terms read in all rows and the objective
    bool stopped_ = false;         ///< a limit was reached: the file is refused
    std::unordered_map<std::string, int> variable_index_;
    std::unordered_set<std::string> row_names_;
    std::vector<bool> binary_;
};

}  // namespace

ModelReading parse_lp(std::string_view text, const std::string& source) {
    return LpParser(text, source).parse();
}

ModelReading read_lp_file(const std::string& path) {
    FileText file = read_model_text(path);
    if (!file.text) return unreadable(file);
    return parse_lp(*file.text, path);
}

}  // namespace mealplan::solver
