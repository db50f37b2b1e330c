// The app bar's bell: how many notifications are unread (task reminders, overdue alerts, new
// assignments), the latest ones on click, each opening what it is about and marked read.
import DoneAllIcon from '@mui/icons-material/DoneAll';
import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import NotificationsNoneIcon from '@mui/icons-material/NotificationsNone';
import { Alert, Badge, Box, Button, Divider, IconButton, List, ListItemButton, Popover, Skeleton, Stack, Tooltip, Typography } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { useNavigate, useTranslate } from 'react-admin';
import { StatusDot } from '../common/ColorChip';
import { relativeTime } from '../common/display';
import { errorMessage } from '../common/errors';
import type { AppNotification } from '../providers/apiTypes';
import { BRAND } from '../theme';
import { consolePath } from './notificationModel';
import { useLatestNotifications, useNotificationActions, useUnreadCount } from './useNotifications';

const NotificationItem = ({ notification, onOpen }: { notification: AppNotification; onOpen: (notification: AppNotification) => void }) => {
  const unread = !notification.readAt;
  return (
    <ListItemButton
      onClick={() => onOpen(notification)}
      sx={{ alignItems: 'flex-start', gap: 1.5, py: 1.25 }}
      data-testid="notification-item"
      data-unread={unread || undefined}
    >
      <Box sx={{ pt: 0.75, width: 8, flexShrink: 0 }}>{unread && <StatusDot color={BRAND.purple} />}</Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: unread ? 700 : 500 }}>
          {notification.title}
        </Typography>
        {notification.body && (
          <Typography variant="caption" color="text.secondary" component="p">
            {notification.body}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary">
          {relativeTime(notification.createdAt)}
        </Typography>
      </Box>
    </ListItemButton>
  );
};

const NotificationList = ({ onOpen }: { onOpen: (notification: AppNotification) => void }) => {
  const translate = useTranslate();
  const { data, error, isPending } = useLatestNotifications(true);
  if (isPending) {
    return (
      <Stack spacing={1} sx={{ p: 2 }} aria-busy="true">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} variant="rounded" height={44} />
        ))}
      </Stack>
    );
  }
  if (error) {
    const message = errorMessage(error);
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {translate('crm.notifications.error', { message: translate(message, { _: message }) })}
      </Alert>
    );
  }
  if (data.notifications.length === 0) {
    return (
      <Stack alignItems="center" spacing={1} sx={{ p: 4, color: 'text.secondary' }} data-testid="notifications-empty">
        <NotificationsNoneIcon />
        <Typography variant="body2">{translate('crm.notifications.empty')}</Typography>
      </Stack>
    );
  }
  return (
    <List dense disablePadding sx={{ maxHeight: 420, overflowY: 'auto' }} aria-label={translate('crm.notifications.title')}>
      {data.notifications.map((notification) => (
        <NotificationItem key={notification.id} notification={notification} onOpen={onOpen} />
      ))}
    </List>
  );
};

export const NotificationBell = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data: unread = 0 } = useUnreadCount();
  const { markRead, markAllRead } = useNotificationActions();
  const label = translate('crm.notifications.bell', { smart_count: unread });

  const open = (notification: AppNotification) => {
    if (!notification.readAt) markRead.mutate(notification.id);
    const path = consolePath(notification.link);
    setAnchor(null);
    if (path) navigate(path);
  };

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="dialog"
          onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
          data-testid="notification-bell"
        >
          <Badge badgeContent={unread} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { width: 380, maxWidth: 'calc(100vw - 32px)', mt: 1 }, role: 'dialog', 'aria-label': translate('crm.notifications.title') } }}
      >
        <Stack direction="row" alignItems="center" sx={{ px: 2, py: 1.5 }}>
          <Typography variant="subtitle2" component="h2" sx={{ fontWeight: 700, flex: 1 }}>
            {translate('crm.notifications.title')}
          </Typography>
          <Button size="small" startIcon={<DoneAllIcon />} onClick={() => markAllRead.mutate()} disabled={unread === 0 || markAllRead.isPending}>
            {translate('crm.notifications.read_all')}
          </Button>
        </Stack>
        <Divider />
        {anchor && <NotificationList onOpen={open} />}
      </Popover>
    </>
  );
};
