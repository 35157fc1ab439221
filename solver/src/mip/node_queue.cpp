#include "mip/node_queue.hpp"

#include <algorithm>

namespace mealplan::solver {
namespace {

// Heap order: smallest bound first, then oldest.
struct WorseNode {
    bool operator()(const Node& a, const Node& b) const {
        return a.bound > b.bound || (a.bound == b.bound && a.id > b.id);
    }
};

}  // namespace

double NodeQueue::lowest_bound(double other) const {
    double bound = std::min(other, dive_next_ ? dive_next_->bound : kInfinity);
    if (!open_.empty()) bound = std::min(bound, open_.front().bound);
    return bound;
}

void NodeQueue::push(Node node) {
    open_.push_back(std::move(node));
    std::push_heap(open_.begin(), open_.end(), WorseNode{});
}

Node NodeQueue::pop(bool& continuing_dive) {
    continuing_dive = dive_next_.has_value();
    if (continuing_dive) {
        Node node = std::move(*dive_next_);
        dive_next_.reset();
        return node;
    }
    std::pop_heap(open_.begin(), open_.end(), WorseNode{});
    Node node = std::move(open_.back());
    open_.pop_back();
    return node;
}

}  // namespace mealplan::solver
