// One name table per enum: to_string, from_string and the words of messages all read it.

#include "core/enum_names.hpp"

#include <gtest/gtest.h>

namespace mealplan {

enum class Colour { Red, Green, Blue };
template <>
inline constexpr auto kEnumNames<Colour> = make_enum_names<Colour>({{Colour::Red, "red"},
                                                                    {Colour::Green, "green"},
                                                                    {Colour::Blue, "light-blue"}});

namespace {

enum class Unnamed { One };

TEST(EnumNames, NameAndValueRoundTrip) {
    for (const Colour colour : enum_values<Colour>()) {
        EXPECT_EQ(from_string<Colour>(to_string(colour)), colour);
    }
    EXPECT_EQ(to_string(Colour::Blue), "light-blue");
    EXPECT_EQ(from_string<Colour>("Red"), std::nullopt);  // names are case-sensitive
    EXPECT_EQ(from_string<Colour>(""), std::nullopt);
    EXPECT_EQ(to_string(static_cast<Colour>(7)), "?");
}

TEST(EnumNames, ValuesComeInDeclarationOrder) {
    EXPECT_EQ(enum_values<Colour>(), (std::array{Colour::Red, Colour::Green, Colour::Blue}));
}

TEST(EnumNames, NamesReadAsASentence) {
    EXPECT_EQ(names_in_words<Colour>(), "red, green or light-blue");
    EXPECT_EQ(names_in_words<Colour>(", "), "red, green, light-blue");
    EXPECT_EQ(names_in_words<Colour>(std::array{Colour::Green}), "green");
}

TEST(EnumNames, ATableMustListEveryValueOnceInOrder) {
    static_assert(kEnumNames<Colour>.lists_every_value_in_order());
    constexpr auto out_of_order =
        make_enum_names<Colour>({{Colour::Green, "green"}, {Colour::Red, "red"}});
    static_assert(!out_of_order.lists_every_value_in_order());
    constexpr auto repeated =
        make_enum_names<Colour>({{Colour::Red, "red"}, {Colour::Green, "red"}});
    static_assert(!repeated.lists_every_value_in_order());
    static_assert(NamedEnum<Colour> && !NamedEnum<Unnamed>);
}

}  // namespace
}  // namespace mealplan
