package org.iocconsole.sync.access;

/** What a role may do beyond looking: the gates the console checks before an action. */
public enum Permission {
    /** Acknowledge, assign, prioritise and change the status of citizen reports. */
    ACT_ON_REPORTS,
    /** Acknowledge alerts. */
    ACKNOWLEDGE_ALERTS,
    /** Start a sync now or cancel one. */
    RUN_SYNC,
    /** Play, pause, seek and reset training scenarios (demo sessions only). */
    CONTROL_SCENARIOS,
    /** Save layouts and dashboards for a role. */
    EDIT_LAYOUTS,
    /** Leave the wall's kiosk mode or close the console on a wall. */
    LEAVE_KIOSK,
    /** Change what the console shows everyone: alert rules, the indicator catalog, the basemap's sources. */
    CHANGE_SETTINGS,
    /** Create users, reset passwords, unlock accounts. */
    MANAGE_USERS,
    /** Read and export the audit log. */
    EXPORT_AUDIT
}
