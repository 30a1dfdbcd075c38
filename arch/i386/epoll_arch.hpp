// struct epoll_event here: the members' own layout (arch/generic/epoll_natural.hpp).
#pragma once

#include "../generic/epoll_natural.hpp"
