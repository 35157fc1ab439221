#include "dri/targets.hpp"
