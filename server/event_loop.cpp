// See event_loop.hpp.
#include "event_loop.hpp"

#include <httplib.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>

#include "canned_answers.hpp"
#include "dispatch.hpp"
#include "memory_stream.hpp"

namespace chipgate::server {
namespace {

// How often deadlines are looked at: a slow client is cut off at most this late.
constexpr auto kSweepEvery = std::chrono::milliseconds(100);
// After the last answer, how long a client that keeps sending gets to close its side: closing at
// once while its bytes are unread would reset the connection and could destroy that answer.
constexpr auto kLinger = std::chrono::seconds(1);
// What one connection may have received and not yet had answered (a pipelining client), and
// answers not yet sent beyond which its further requests wait: both bound its memory.
constexpr std::size_t kInputCap = 512 * 1024;
constexpr std::size_t kOutputHighWater = 256 * 1024;

}  // namespace

EventLoop::EventLoop(RequestRunner& runner, httplib::ThreadPool& workers, std::atomic<std::size_t>& open, const LoopSettings& settings)
    : runner_(runner), workers_(workers), open_(open), settings_(settings) {
  epoll_ = ::epoll_create1(EPOLL_CLOEXEC);
  wake_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  epoll_event wake{};
  wake.events = EPOLLIN;
  wake.data.ptr = nullptr;
  if (epoll_ < 0 || wake_ < 0 || ::epoll_ctl(epoll_, EPOLL_CTL_ADD, wake_, &wake) != 0) {
    throw std::runtime_error("chipgate serve: cannot create an epoll loop");
  }
  thread_ = std::thread([this] { Run(); });
}

EventLoop::~EventLoop() {
  Stop();
  Join();
  ::close(wake_);
  ::close(epoll_);
}

void EventLoop::Adopt(int socket) {
  {
    const std::lock_guard lock(inbox_mutex_);
    adopted_.push_back(socket);
  }
  const std::uint64_t one = 1;
  static_cast<void>(::write(wake_, &one, sizeof one));
}

void EventLoop::Stop() {
  {
    const std::lock_guard lock(inbox_mutex_);
    stop_requested_ = true;
  }
  const std::uint64_t one = 1;
  static_cast<void>(::write(wake_, &one, sizeof one));
}

void EventLoop::Join() {
  if (thread_.joinable()) thread_.join();
}

void EventLoop::Post(Handback h) {
  {
    const std::lock_guard lock(inbox_mutex_);
    handed_back_.push_back(std::move(h));
  }
  const std::uint64_t one = 1;
  static_cast<void>(::write(wake_, &one, sizeof one));
}

void EventLoop::Run() {
  std::array<epoll_event, 128> events;
  now_ = Clock::now();
  next_sweep_ = now_ + kSweepEvery;
  while (!(stopping_ && connections_.empty())) {
    const int n = ::epoll_wait(epoll_, events.data(), static_cast<int>(events.size()), static_cast<int>(kSweepEvery.count()));
    now_ = Clock::now();
    bool woken = false;
    for (std::size_t i = 0; i < static_cast<std::size_t>(std::max(n, 0)); ++i) {
      if (events[i].data.ptr == nullptr) {
        woken = true;
      } else {
        // Each socket appears once in a batch, and only its own event closes it.
        Pump(*static_cast<LoopConnection*>(events[i].data.ptr));
      }
    }
    if (woken) TakeInbox();
    if (now_ >= next_sweep_) {
      Sweep();
      next_sweep_ = now_ + kSweepEvery;
    }
  }
}

void EventLoop::TakeInbox() {
  std::uint64_t count = 0;
  static_cast<void>(::read(wake_, &count, sizeof count));
  std::vector<int> adopted;
  std::vector<Handback> handed_back;
  bool stop = false;
  {
    const std::lock_guard lock(inbox_mutex_);
    adopted.swap(adopted_);
    handed_back.swap(handed_back_);
    stop = stop_requested_;
  }
  for (Handback& h : handed_back) {
    const auto it = connections_.find(h.socket);
    if (it != connections_.end()) TakeBack(*it->second, h);
  }
  for (const int socket : adopted) {
    auto owned = std::make_unique<LoopConnection>(socket, settings_.keep_alive_max_requests, now_);
    LoopConnection& c = *owned;
    epoll_event e{};
    e.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
    e.data.ptr = &c;
    connections_.emplace(socket, std::move(owned));
    if (::epoll_ctl(epoll_, EPOLL_CTL_ADD, socket, &e) != 0) {
      Close(c);
      continue;
    }
    Pump(c);  // its first bytes may be in already
  }
  if (stop && !stopping_) {
    stopping_ = true;
    Sweep();  // the idle connections go now
  }
}

void EventLoop::Pump(LoopConnection& c) {
  for (;;) {
    if (c.busy) return;
    const LoopConnection::Read read = c.Receive(kInputCap, now_);
    if (read == LoopConnection::Read::kFailed) return Close(c);
    if (read == LoopConnection::Read::kEnd) c.peer_closed = true;
    const std::size_t held = c.in.size();
    const Stalled stalled = c.lingering ? Stalled::kClosing : Serve(c);
    if (!c.Send(now_)) return Close(c);
    if (stalled == Stalled::kBusy || Finish(c)) return;
    // Go round again when what stopped this round is gone: the input cap, now that requests
    // have used some of it, or answers waiting to go out, now that they have.
    const bool room_freed = read == LoopConnection::Read::kAtCap && c.in.size() < held;
    const bool output_freed = stalled == Stalled::kOutput && !c.Writing();
    if (!room_freed && !output_freed) return;
  }
}

EventLoop::Stalled EventLoop::Serve(LoopConnection& c) {
  for (;;) {
    if (c.closing) return Stalled::kClosing;
    if (c.skip > 0 || c.in.empty() || c.requests_left == 0) break;
    if (c.out.size() - c.sent >= kOutputHighWater) return Stalled::kOutput;
    const RequestFrame frame = FrameRequest(c.in, settings_.frame);
    switch (frame.kind) {
      case RequestFrame::Kind::kIncomplete:
        break;
      case RequestFrame::Kind::kHeadTooLarge:
        c.Queue(HeadTooLargeAnswer(settings_.frame.max_head_bytes), now_);
        LogRefusal(431, "request head over " + std::to_string(settings_.frame.max_head_bytes) + " bytes");
        c.in.clear();
        c.closing = true;
        return Stalled::kClosing;
      case RequestFrame::Kind::kOverLimit:
        // httplib answers 413 from the head and skips the body; what is not in yet, Receive drops.
        AnswerHere(c, static_cast<std::size_t>(std::min<std::uint64_t>(c.in.size(), frame.size + frame.body)), frame);
        continue;
      case RequestFrame::Kind::kStreamed:
        // A worker writes this answer to the socket itself: the ones before it go first.
        if (c.Writing()) return Stalled::kOutput;
        StreamOnWorker(c);
        return Stalled::kBusy;
      case RequestFrame::Kind::kComplete:
        if (AnswersOnLoop(frame.method, frame.path, frame.size)) {
          AnswerHere(c, frame.size, frame);
          continue;
        }
        // Nothing is sent while a worker has the connection, so that a socket that fails is
        // closed only by the loop, never under the worker.
        if (c.Writing()) return Stalled::kOutput;
        AnswerOnWorker(c, frame);
        return Stalled::kBusy;
    }
    break;
  }
  // The client has closed its side: what is left can never become a whole request.
  if (c.peer_closed) c.closing = true;
  return c.closing ? Stalled::kClosing : Stalled::kInput;
}

void EventLoop::AnswerHere(LoopConnection& c, std::size_t size, const RequestFrame& frame) {
  const bool writing = c.Writing();
  const bool last = Last(c);
  MemoryStream stream(std::string_view(c.in).substr(0, size), c.out, c.endpoints.Of(c.socket), c.socket);
  bool client_closes = false;
  const bool ok = runner_.Answer(stream, last, client_closes);
  --c.requests_left;
  if (stream.starved() && !frame.body_ends_at_input_end) {
    if (frame.kind == RequestFrame::Kind::kOverLimit && stream.consumed() < frame.size + frame.body) {
      c.skip = frame.size + frame.body - stream.consumed();
    } else {
      c.closing = true;  // the framing and httplib disagree: nothing sure is left of this connection
    }
  }
  c.in.erase(0, stream.consumed());
  if (!ok || client_closes || last) c.closing = true;
  if (!writing && c.Writing()) c.write_start = c.last_write = now_;
  if (!c.in.empty()) c.request_start = now_;  // a pipelined request's deadline starts now
}

void EventLoop::AnswerOnWorker(LoopConnection& c, const RequestFrame& frame) {
  c.busy = true;
  workers_.enqueue([this, socket = c.socket, input = c.in.substr(0, frame.size), endpoints = c.endpoints.Of(c.socket), last = Last(c),
                    to_input_end = frame.body_ends_at_input_end] {
    Handback h;
    h.socket = socket;
    MemoryStream stream(input, h.answer, endpoints, socket);
    bool client_closes = false;
    const bool ok = runner_.Answer(stream, last, client_closes);
    h.consumed = stream.consumed();
    h.keep = ok && !client_closes && !last && (!stream.starved() || to_input_end);
    Post(std::move(h));
  });
}

void EventLoop::StreamOnWorker(LoopConnection& c) {
  c.busy = true;
  workers_.enqueue([this, socket = c.socket, input = std::move(c.in), endpoints = c.endpoints.Of(c.socket), last = Last(c),
                    started = c.request_start]() mutable {
    Connection connection(socket, std::move(input), endpoints);
    DeadlineStream stream(connection, settings_.stream, started);
    bool client_closes = false;
    bool ok = runner_.Answer(stream, last, client_closes);
    ok = stream.Flush() && ok;
    Handback h;
    h.socket = socket;
    h.unread = connection.Unread();
    h.keep = ok && !client_closes && !last && !stream.capped();
    Post(std::move(h));
  });
  c.in.clear();
}

void EventLoop::TakeBack(LoopConnection& c, Handback& h) {
  c.busy = false;
  --c.requests_left;
  if (h.unread) {
    c.in = std::move(*h.unread);
    c.idle_since = now_;  // the worker sent the answer
  } else {
    c.in.erase(0, std::min(h.consumed, c.in.size()));
    c.Queue(h.answer, now_);
  }
  if (!c.in.empty()) c.request_start = now_;
  if (!h.keep) c.closing = true;
  Pump(c);
}

bool EventLoop::Finish(LoopConnection& c) {
  if (c.Writing() || !c.closing) return false;
  if (c.peer_closed) {
    Close(c);
    return true;
  }
  if (!c.lingering) {
    ::shutdown(c.socket, SHUT_WR);
    c.lingering = true;
    c.linger_until = now_ + kLinger;
    c.in.clear();
    c.skip = 0;
  }
  return false;
}

void EventLoop::Sweep() {
  const auto past = [this](Clock::time_point since, std::chrono::milliseconds limit) { return now_ - since > limit; };
  std::vector<LoopConnection*> expired;
  for (auto& [socket, owned] : connections_) {
    const LoopConnection& c = *owned;
    bool over = false;
    if (c.busy) {
      continue;  // the worker has the connection, and deadlines of its own
    } else if (c.lingering) {
      over = now_ >= c.linger_until;
    } else if (c.Writing()) {
      over = past(c.last_write, settings_.stream.write_wait) || past(c.write_start, settings_.stream.whole_request);
    } else if (!c.in.empty() || c.skip > 0) {
      over = past(c.last_read, settings_.stream.read_wait) || past(c.request_start, settings_.stream.whole_request);
    } else {
      over = stopping_ || c.closing || past(c.idle_since, settings_.keep_alive);
    }
    if (over) expired.push_back(owned.get());
  }
  for (LoopConnection* c : expired) Close(*c);
}

void EventLoop::Close(LoopConnection& c) {
  const int socket = c.socket;
  ::close(socket);  // also takes it out of the epoll set
  --open_;
  connections_.erase(socket);
}

}  // namespace chipgate::server
