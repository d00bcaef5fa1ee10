// Conformance case 'unit-dynamodb-autoscaling'
// Upstream: aws-dynamodb/test/dynamodb.test.ts, the 'can enable Read/Write AutoScaling', scheduled
// scaling and global secondary index scaling tests (a stack per test).
'use strict';
const cdk = require('aws-cdk-lib');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const S = (id) => new cdk.Stack(app, id);
const TABLE_PARTITION_KEY = { name: 'hashKey', type: dynamodb.AttributeType.STRING };
const table = (stack) => new dynamodb.Table(stack, 'MyTable', { readCapacity: 42, writeCapacity: 1337, partitionKey: TABLE_PARTITION_KEY });

// 'can enable Read AutoScaling'
table(S('ReadScaling')).autoScaleReadCapacity({ minCapacity: 50, maxCapacity: 500 }).scaleOnUtilization({ targetUtilizationPercent: 75 });
// 'can enable Write AutoScaling'
table(S('WriteScaling')).autoScaleWriteCapacity({ minCapacity: 50, maxCapacity: 500 }).scaleOnUtilization({ targetUtilizationPercent: 75 });
// both, with the policy's options and without a minimum
{
  const t = table(S('BothScaling'));
  t.autoScaleReadCapacity({ maxCapacity: 100 }).scaleOnUtilization({
    targetUtilizationPercent: 10, policyName: 'ReadPolicy', disableScaleIn: true,
    scaleInCooldown: cdk.Duration.minutes(1), scaleOutCooldown: cdk.Duration.seconds(30),
  });
  t.autoScaleWriteCapacity({ minCapacity: 5, maxCapacity: 5 }).scaleOnUtilization({ targetUtilizationPercent: 90, disableScaleIn: false });
}
// 'can autoscale on a schedule'
{
  const scaling = table(S('Schedule')).autoScaleReadCapacity({ minCapacity: 1, maxCapacity: 100 });
  scaling.scaleOnSchedule('SaveMoneyByNotScalingUp', { schedule: appscaling.Schedule.cron({}), maxCapacity: 10 });
  scaling.scaleOnSchedule('Morning', {
    schedule: appscaling.Schedule.cron({ hour: '8', minute: '0' }), minCapacity: 20, timeZone: cdk.TimeZone.EUROPE_BERLIN,
  });
  scaling.scaleOnUtilization({ targetUtilizationPercent: 50 });
}
// 'scheduled scaling shows no warning when minute is * in cron' (the 'Schedule' stack has the warning)
table(S('ScheduleMinuteStar')).autoScaleReadCapacity({ minCapacity: 1, maxCapacity: 100 })
  .scaleOnSchedule('SaveMoneyByNotScalingUp', { schedule: appscaling.Schedule.cron({ minute: '*' }), maxCapacity: 10 });
// global secondary index scaling, with a named table
{
  const t = new dynamodb.Table(S('IndexScaling'), 'MyTable', { tableName: 'MyTable', partitionKey: TABLE_PARTITION_KEY });
  t.addGlobalSecondaryIndex({ indexName: 'MyGSI', partitionKey: { name: 'gsiHashKey', type: dynamodb.AttributeType.STRING } });
  t.autoScaleGlobalSecondaryIndexReadCapacity('MyGSI', { minCapacity: 1, maxCapacity: 10 }).scaleOnUtilization({ targetUtilizationPercent: 60 });
  t.autoScaleGlobalSecondaryIndexWriteCapacity('MyGSI', { minCapacity: 2, maxCapacity: 20 })
    .scaleOnSchedule('Night', { schedule: appscaling.Schedule.rate(cdk.Duration.hours(12)), minCapacity: 2, maxCapacity: 4 });
  t.autoScaleReadCapacity({ minCapacity: 1, maxCapacity: 10 });
}
app.synth();
