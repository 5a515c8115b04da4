"""Processing faces of Wijkaanpak: thin algorithms that read layers, call the core, write."""
