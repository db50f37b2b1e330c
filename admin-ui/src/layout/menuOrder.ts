// The plan's section order; the menu shows only those registered and allowed for the role.
export const MENU_ORDER = ['dashboard', 'leads', 'communications', 'tasks', 'my-tasks', 'campaigns', 'surveys', 'templates', 'reports', 'settings'] as const;

/** Registered names in menu order; names the plan does not list come last, alphabetically. */
export const orderMenuEntries = (names: string[]): string[] => {
  const rank = (name: string) => {
    const index = (MENU_ORDER as readonly string[]).indexOf(name);
    return index === -1 ? MENU_ORDER.length : index;
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
};
