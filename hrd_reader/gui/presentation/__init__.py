"""What a trainer shows the room: the full-screen presentation (``room``), the QR codes of
the Donate and Sign Up addresses (``share``), and the controller that opens, follows and
closes them and keeps each mode's zoom (``controller``).
"""
