from fazhi.petitions.figures import figures_page

figures = figures_page("reconsideration", "行政复议统计")
