#pragma once
// The open nodes of branch and bound: a heap ordered best bound first, plus the one child
// the search dives into next. Diving below each node finds integer points early; taking
// the best bound otherwise proves the optimum with the fewest nodes.

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "lp/simplex.hpp"
#include "solver/model.hpp"

namespace mealplan::solver {

/// A node's bounds on one column, on top of the root's.
struct BoundChange {
    int column = 0;
    double lower = -kInfinity;
    double upper = kInfinity;
};

struct Node {
    long long id = 0;  ///< creation order: ties in the bound go to the older node
    int depth = 0;
    double bound = -kInfinity;  ///< the parent's LP objective (minimisation form)
    std::vector<BoundChange> changes;
    std::shared_ptr<const Basis> basis;  ///< the parent's, for a warm start; may be empty
    int branch_column = -1;              ///< the column branched on to create this node
    bool branch_up = false;
    double branch_distance = 0.0;  ///< how far the branch moved the column's LP value
};

class NodeQueue {
  public:
    bool empty() const { return !dive_next_ && open_.empty(); }
    /// Nodes waiting in the heap (the dive's next node not counted).
    std::size_t open_count() const { return open_.size(); }
    /// min(`other`, the dive's next bound, the best heap bound), in that order.
    double lowest_bound(double other) const;

    /// The node the search takes next, before any in the heap.
    void dive_into(Node node) { dive_next_ = std::move(node); }
    void push(Node node);
    /// Takes the dive's next node if there is one (`continuing_dive` true), else the heap's
    /// best. The queue must not be empty.
    Node pop(bool& continuing_dive);

  private:
    std::vector<Node> open_;  // a binary heap ordered by WorseNode
    std::optional<Node> dive_next_;
};

}  // namespace mealplan::solver
