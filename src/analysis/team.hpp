// Internal to the analysis stage: running a body on T threads.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace geokg::analysis::detail {

// Runs body(t) for t in [0, T) on T threads (the caller's thread is thread 0),
// waits for all, then rethrows the first exception a thread threw.
template <class Body>
void run_team(unsigned T, Body&& body) {
    if (T <= 1) {
        body(0u);
        return;
    }
    std::vector<std::thread> pool;
    std::vector<std::exception_ptr> errors(T);
    for (unsigned t = 1; t < T; ++t)
        pool.emplace_back([&, t] {
            try {
                body(t);
            } catch (...) {
                errors[t] = std::current_exception();
            }
        });
    try {
        body(0u);
    } catch (...) {
        errors[0] = std::current_exception();
    }
    for (auto& th : pool) th.join();
    for (auto& e : errors)
        if (e) std::rethrow_exception(e);
}

// Runs init(t) on each of T threads, then body(t, block) for blocks [0, blocks)
// taken from a shared counter; a thread that throws stops the others early.
template <class Init, class Body>
void parallel_blocks(std::size_t blocks, unsigned T, Init&& init, Body&& body) {
    std::atomic<std::size_t> next{0};
    run_team(T, [&](unsigned t) {
        try {
            init(t);
            for (std::size_t b; (b = next.fetch_add(1, std::memory_order_relaxed)) < blocks;) body(t, b);
        } catch (...) {
            next.store(blocks);
            throw;
        }
    });
}

}  // namespace geokg::analysis::detail
