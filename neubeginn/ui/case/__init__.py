"""The case screen: the Personenbogen editor and its fields."""
