"""Pictures in the answer views, loaded on the first answer that shows one: fitted to the
column and the screen (``fitting``), decoded at that size off the paths that must stay fast
(``shown``), and opened large on a click or Enter (``viewer``)."""
