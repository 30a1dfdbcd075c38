// This architecture's AUDIT_ARCH (arch/generic/audit_arch.hpp, from identity.inc).
#pragma once

#include "../generic/audit_arch.hpp"
