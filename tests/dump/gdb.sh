#!/usr/bin/env bash
echo "SKIPPED: not yet"
