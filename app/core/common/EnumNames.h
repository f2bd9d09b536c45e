#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace kluis::core {

// A table of an enum's values with a text each (an identifier, a sentence to translate): looked
// up both ways instead of a switch per direction.
template<typename E, std::size_t N> using EnumNames = std::array<std::pair<E, const char *>, N>;

template<typename E, std::size_t N> const char *nameOf(const EnumNames<E, N> &names, E value)
{
    for (const auto &[entry, name] : names) {
        if (entry == value)
            return name;
    }
    return "";
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const EnumNames<E, N> &names, const QString &name)
{
    for (const auto &[entry, text] : names) {
        if (name == QLatin1String(text))
            return entry;
    }
    return std::nullopt;
}

} // namespace kluis::core
