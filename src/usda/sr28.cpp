#include "catalogue/food.hpp"
