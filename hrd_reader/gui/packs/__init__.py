"""Packs the user opens and saves: Open Pack, Open Recent, Save Pack As, drops."""
