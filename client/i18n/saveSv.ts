/** Swedish strings of what is saved where (the connection badge), spread into `sv`. */
export const saveSv = {
  'save.saved': 'Sparat',
  'save.saved.hint': 'Allt du har skrivit finns sparat på servern och syns för alla.',
  'save.saving': 'Sparar…',
  'save.saving.hint': 'Dina senaste ändringar skickas till servern.',
  'save.offlineOnDevice.one': 'Offline – 1 ändring sparad på den här enheten',
  'save.offlineOnDevice.other': 'Offline – {count} ändringar sparade på den här enheten',
  'save.offlineOnDevice.hint': 'Servern nås inte. Ändringarna finns kvar i webbläsaren även om fliken stängs, och skickas när förbindelsen är tillbaka.',
  'save.offlineInTab': 'Offline – ändringar finns bara i den här fliken',
  'save.offlineInTab.hint': 'Servern nås inte och webbläsaren kan inte spara lokalt. Stäng inte fliken förrän det står Sparat.',
};
