// The four lead charts: pipeline funnel, leads by source, lead trend and conversion by source.
// Drawn without animation: the numbers are the point.
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportCharts } from '../../providers/apiTypes';
import { BRAND } from '../../theme';
import { conversionBars, funnelBars, sourceSlices, trendPoints } from '../chartModel';
import { ChartCard, useChartStyle } from './ChartCard';

type Props = { charts: ReportCharts; hasData: boolean };

export const PipelineFunnelChart = ({ charts, hasData }: Props) => {
  const translate = useTranslate();
  const style = useChartStyle();
  const bars = funnelBars(charts.pipelineFunnel);
  return (
    <ChartCard id="pipelineFunnel" hasData={hasData}>
      <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid {...style.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} {...style.axis} />
        <YAxis type="category" dataKey="label" width={92} {...style.axis} />
        <Tooltip
          {...style.tooltip}
          formatter={(value, _name, item) => [
            translate('crm.dashboard.charts.pipelineFunnel.tooltip', { count: value, percent: item.payload.fromStart ?? 0 }),
            translate('crm.dashboard.charts.pipelineFunnel.reached'),
          ]}
        />
        <Bar dataKey="reached" radius={[0, 6, 6, 0]} isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.stage} fill={bar.color} />
          ))}
        </Bar>
      </BarChart>
    </ChartCard>
  );
};

export const LeadsBySourceChart = ({ charts, hasData }: Props) => {
  const style = useChartStyle();
  const slices = sourceSlices(charts.leadsBySource);
  return (
    <ChartCard id="leadsBySource" hasData={hasData}>
      <PieChart>
        <Pie data={slices} dataKey="leads" nameKey="label" innerRadius="45%" outerRadius="80%" paddingAngle={2} isAnimationActive={false}>
          {slices.map((slice) => (
            <Cell key={slice.source} fill={slice.color} />
          ))}
        </Pie>
        <Tooltip {...style.tooltip} />
        <Legend layout="vertical" align="right" verticalAlign="middle" iconType="circle" />
      </PieChart>
    </ChartCard>
  );
};

export const LeadTrendChart = ({ charts, hasData }: Props) => {
  const translate = useTranslate();
  const style = useChartStyle();
  return (
    <ChartCard id="leadTrend" hasData={hasData}>
      <LineChart data={trendPoints(charts.leadTrend)} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid {...style.grid} vertical={false} />
        <XAxis dataKey="label" {...style.axis} minTickGap={16} />
        <YAxis allowDecimals={false} {...style.axis} />
        <Tooltip {...style.tooltip} />
        <Legend />
        <Line
          type="monotone"
          dataKey="created"
          name={translate('crm.dashboard.charts.leadTrend.created')}
          stroke={BRAND.purple}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="monotone"
          dataKey="converted"
          name={translate('crm.dashboard.charts.leadTrend.converted')}
          stroke="#22c55e"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartCard>
  );
};

export const ConversionBySourceChart = ({ charts, hasData }: Props) => {
  const translate = useTranslate();
  const style = useChartStyle();
  return (
    <ChartCard id="conversionBySource" hasData={hasData}>
      <BarChart data={conversionBars(charts.conversionBySource)} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
        <CartesianGrid {...style.grid} vertical={false} />
        <XAxis dataKey="label" {...style.axis} interval={0} angle={-20} textAnchor="end" height={48} />
        <YAxis unit="%" domain={[0, 100]} {...style.axis} />
        <Tooltip
          {...style.tooltip}
          formatter={(value, _name, item) => [
            translate('crm.dashboard.charts.conversionBySource.tooltip', { rate: value, converted: item.payload.converted, leads: item.payload.leads }),
            translate('crm.dashboard.charts.conversionBySource.rate'),
          ]}
        />
        <Bar dataKey="rate" fill="#10b981" radius={[6, 6, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ChartCard>
  );
};
