#pragma once

#include <QCoroTask>
#include <QEventLoop>

#include <optional>

// Runs the event loop until `task` finishes and returns its value (tests only: product code
// never waits in a nested loop).
template<typename T> T await(QCoro::Task<T> task)
{
    std::optional<T> result;
    QEventLoop loop;
    auto continuation = task.then([&result, &loop](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}
