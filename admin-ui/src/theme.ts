// The console's one theme: the seed's purple/violet gradient on glass surfaces
// (translucent paper, backdrop blur, soft borders), in a light and a dark variant.
import { alpha, createTheme, type PaletteMode, type Theme } from '@mui/material/styles';
import type { RaThemeOptions } from 'react-admin';

export const BRAND = {
  violet: '#8b5cf6',
  purple: '#7c3aed',
  deep: '#5b21b6',
};

/** The brand gradient (`from-purple-500 to-violet-600`), for headers, primary actions and highlights. */
export const BRAND_GRADIENT = `linear-gradient(135deg, ${BRAND.violet} 0%, ${BRAND.purple} 100%)`;

const FONT_FAMILY = '"Inter", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const surfaces = (mode: PaletteMode) =>
  mode === 'light'
    ? {
        background: '#f5f3ff',
        paper: '#ffffff',
        glass: alpha('#ffffff', 0.72),
        border: alpha(BRAND.purple, 0.12),
        // soft violet light in two corners, so glass has something to blur
        backdrop: `radial-gradient(1200px 600px at 0% 0%, ${alpha(BRAND.violet, 0.16)}, transparent 60%), radial-gradient(900px 500px at 100% 100%, ${alpha('#c026d3', 0.08)}, transparent 60%)`,
        shadow: `0 1px 2px ${alpha(BRAND.deep, 0.06)}, 0 8px 24px ${alpha(BRAND.deep, 0.08)}`,
      }
    : {
        background: '#0e0a1a',
        paper: '#1a1430',
        glass: alpha('#1c1533', 0.7),
        border: alpha('#c4b5fd', 0.14),
        backdrop: `radial-gradient(1200px 600px at 0% 0%, ${alpha(BRAND.purple, 0.28)}, transparent 60%), radial-gradient(900px 500px at 100% 100%, ${alpha('#c026d3', 0.14)}, transparent 60%)`,
        shadow: `0 1px 2px ${alpha('#000', 0.4)}, 0 12px 32px ${alpha('#000', 0.35)}`,
      };

const glass = (mode: PaletteMode) => {
  const s = surfaces(mode);
  return {
    backgroundColor: s.glass,
    backgroundImage: 'none',
    backdropFilter: 'blur(18px) saturate(140%)',
    WebkitBackdropFilter: 'blur(18px) saturate(140%)',
    border: `1px solid ${s.border}`,
  };
};

const components = (theme: Theme, mode: PaletteMode): RaThemeOptions['components'] => {
  const s = surfaces(mode);
  return {
    MuiCssBaseline: {
      styleOverrides: {
        body: {
          backgroundColor: s.background,
          backgroundImage: s.backdrop,
          backgroundAttachment: 'fixed',
          minHeight: '100vh',
        },
      },
    },
    MuiPaper: {
      styleOverrides: {
        root: { ...glass(mode), backgroundClip: 'padding-box' },
        elevation1: { boxShadow: s.shadow },
      },
    },
    MuiCard: {
      styleOverrides: { root: { borderRadius: 16 } },
    },
    MuiDialog: {
      // a dialog's form must not show the page through it: nearly opaque glass
      styleOverrides: { paper: { backgroundColor: alpha(s.paper, 0.97) } },
    },
    MuiToggleButton: {
      styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } },
    },
    MuiTab: {
      styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } },
    },
    MuiAppBar: {
      styleOverrides: {
        root: { border: 'none', backdropFilter: 'none' },
        colorSecondary: {
          backgroundColor: BRAND.purple,
          backgroundImage: BRAND_GRADIENT,
          color: '#fff',
          boxShadow: `0 4px 20px ${alpha(BRAND.purple, 0.35)}`,
        },
      },
    },
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: {
        root: { borderRadius: 10, textTransform: 'none', fontWeight: 600 },
        containedPrimary: {
          backgroundImage: BRAND_GRADIENT,
          '&:hover': { backgroundImage: `linear-gradient(135deg, ${BRAND.purple} 0%, ${BRAND.deep} 100%)` },
          '&.Mui-disabled': { backgroundImage: 'none' },
        },
      },
    },
    MuiChip: {
      styleOverrides: { root: { borderRadius: 8, fontWeight: 500 } },
    },
    MuiTextField: {
      defaultProps: { variant: 'outlined', margin: 'dense', size: 'small' },
    },
    MuiFormControl: {
      defaultProps: { variant: 'outlined', margin: 'dense', size: 'small' },
    },
    MuiOutlinedInput: {
      styleOverrides: {
        root: {
          borderRadius: 10,
          backgroundColor: alpha(theme.palette.background.paper, mode === 'light' ? 0.7 : 0.4),
        },
      },
    },
    MuiDrawer: {
      styleOverrides: { paper: { border: 'none' } },
    },
    MuiTableCell: {
      styleOverrides: { head: { fontWeight: 600, color: theme.palette.text.secondary } },
    },
    RaSidebar: {
      styleOverrides: {
        root: {
          '& .RaSidebar-fixed': { backgroundColor: 'transparent' },
          '& .MuiPaper-root': { backgroundColor: 'transparent', border: 'none', backdropFilter: 'none' },
        },
      },
    },
    RaMenuItemLink: {
      styleOverrides: {
        root: {
          margin: theme.spacing(0.25, 1),
          borderRadius: 10,
          color: theme.palette.text.secondary,
          '&:hover': { backgroundColor: alpha(BRAND.purple, 0.08) },
          '&.RaMenuItemLink-active': {
            backgroundImage: BRAND_GRADIENT,
            color: '#fff',
            boxShadow: `0 6px 16px ${alpha(BRAND.purple, 0.3)}`,
            '& .MuiSvgIcon-root': { color: '#fff' },
          },
        },
      },
    },
    RaLayout: {
      styleOverrides: {
        // minWidth 0 (react-admin's default is fit-content): wide content such as the Kanban board
        // scrolls inside the page instead of widening it past the app bar
        root: { minWidth: 0, '& .RaLayout-content': { backgroundColor: 'transparent', minWidth: 0 } },
      },
    },
  };
};

const createCrmTheme = (mode: PaletteMode): RaThemeOptions => {
  const s = surfaces(mode);
  const base = createTheme({
    palette: {
      mode,
      primary: { main: BRAND.purple, light: BRAND.violet, dark: BRAND.deep, contrastText: '#fff' },
      secondary: { main: mode === 'light' ? '#a855f7' : '#c084fc' },
      background: { default: s.background, paper: s.paper },
      success: { main: '#10b981' },
      warning: { main: '#f59e0b' },
      error: { main: '#ef4444' },
      info: { main: '#06b6d4' },
      divider: s.border,
      ...(mode === 'light' ? { text: { primary: '#1f1637', secondary: '#5b5473' } } : {}),
    },
    shape: { borderRadius: 12 },
    typography: {
      fontFamily: FONT_FAMILY,
      h4: { fontWeight: 700, letterSpacing: '-0.02em' },
      h5: { fontWeight: 700, letterSpacing: '-0.01em' },
      h6: { fontWeight: 600 },
      button: { fontWeight: 600 },
    },
    sidebar: { width: 240, closedWidth: 64 },
  });
  base.components = components(base, mode);
  return base;
};

export const lightTheme = createCrmTheme('light');
export const darkTheme = createCrmTheme('dark');
