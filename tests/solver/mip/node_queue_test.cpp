#include "mip/node_queue.hpp"

#include <gtest/gtest.h>

namespace mealplan::solver {
namespace {

Node node_with(long long id, double bound) {
    Node node;
    node.id = id;
    node.bound = bound;
    return node;
}

TEST(NodeQueue, TakesTheDiveFirstThenTheBestBoundThenTheOldest) {
    NodeQueue queue;
    EXPECT_TRUE(queue.empty());
    queue.push(node_with(1, 5.0));
    queue.push(node_with(2, 3.0));
    queue.push(node_with(3, 3.0));
    queue.dive_into(node_with(4, 9.0));
    EXPECT_EQ(queue.open_count(), 3u);
    bool dive = false;
    EXPECT_EQ(queue.pop(dive).id, 4);
    EXPECT_TRUE(dive);
    EXPECT_EQ(queue.pop(dive).id, 2);
    EXPECT_FALSE(dive);
    EXPECT_EQ(queue.pop(dive).id, 3);
    EXPECT_EQ(queue.pop(dive).id, 1);
    EXPECT_TRUE(queue.empty());
}

TEST(NodeQueue, LowestBoundCoversTheDiveAndTheHeap) {
    NodeQueue queue;
    EXPECT_EQ(queue.lowest_bound(7.0), 7.0);
    EXPECT_EQ(queue.lowest_bound(kInfinity), kInfinity);
    queue.push(node_with(1, 4.0));
    EXPECT_EQ(queue.lowest_bound(7.0), 4.0);
    queue.dive_into(node_with(2, 2.0));
    EXPECT_EQ(queue.lowest_bound(7.0), 2.0);
    EXPECT_EQ(queue.lowest_bound(1.0), 1.0);
}

}  // namespace
}  // namespace mealplan::solver
