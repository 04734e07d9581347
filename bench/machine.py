"""What the bench scripts read of the machine they run on (shared by compare.py and
claims.py, which import it from their own folder)."""

import os


def machine_busy() -> float:
    """Seconds of CPU the whole machine has spent busy (all but idle and iowait), from
    /proc/stat; 0 where there is none. Read before and after a run, less the run's own
    CPU, it tells a run on a quiet machine from one that shared it."""
    try:
        with open("/proc/stat") as stat:
            fields = [int(x) for x in stat.readline().split()[1:]]
    except OSError:
        return 0.0
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")
