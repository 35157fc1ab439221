#include "cli/command.hpp"

int main(int argc, char** argv) {
    return mealplan::cli::run(argc, argv);
}
