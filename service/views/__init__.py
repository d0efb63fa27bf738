"""Interactive network views: the data contract, server-side layout and offline pages."""
