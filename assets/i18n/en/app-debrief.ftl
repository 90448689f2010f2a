# debrief
