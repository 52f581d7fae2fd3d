import pstats
sorting_order = "tottime"  # 'cumulative', 'tottime', 'time', 'ncalls', 'pcalls' (see https://docs.python.org/3/library/profile.html#pstats.Stats.sort_stats)
p = pstats.Stats(file_name)
