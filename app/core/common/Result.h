#pragma once

#include "common/AzureError.h"

#include <utility>
#include <variant>

namespace kluis::core {

// A value or the AzureError that stopped it: errors are values, never exceptions.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(AzureError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const T &operator*() const { return std::get<0>(m_data); }

    const AzureError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, AzureError> m_data;
};

// For operations without a value: success or an AzureError.
struct Done
{};
using Status = Result<Done>;

} // namespace kluis::core
